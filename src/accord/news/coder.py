"""How an act is reported: done, vowed, demanded, refused, denied or only said, and the raw
events of one predicate (sources, act, modality, negation, trigger, confidence).

The top layer of the event coder, over :mod:`accord.news.roles` (who, to whom),
:mod:`accord.news.acts` (what) and :mod:`accord.news.constructions` (events a construction
around a verb tells: "came under fire from", "drew criticism from", "aid arrived in"):
PETRARCH-2's verb patterns replaced by act kinds and modalities. :mod:`accord.news.events`
turns its raw events into ranked :class:`~accord.news.events.Event` values.
"""

from __future__ import annotations

from dataclasses import replace
from types import MappingProxyType

from . import classifier
from . import lexicon as lx
from .actors import AGENT_CODES, Actor, actor_agent, actor_root
from .acts import (
    AID,
    INNER_STANCES,
    _Act,
    _killed,
    _left_talks,
    _workers_strike,
    expulsion,
)
from .constructions import _Constructions, _to_blame
from .mentions import PEOPLE_SECTORS, TEMPORAL, _Context, _subtree_text
from .predicates import (
    _aux_modality,
    _children,
    _conditional,
    _fulfilled,
    _negated,
    _noun_act,
    _noun_lemma,
    _object_words,
    _objects,
    _proceeds,
    _span,
    _stopped_short,
    _stranded_clauses,
    _wanted_by_law,
)
from .roles import (
    CAUSES,
    OWN_FORCES,
    asks_everyone,
    goes,
    own_forces,
)

#: Measures only a state (or a body of states) takes against people, groups or states: told
#: in the passive without an agent, they are the state's of where they were taken
#: (:meth:`_Coder.imposed_by_state`); expulsions are by whence one is expelled.
EXPULSIONS = frozenset({"deport", "break_relations", "expel_mission", "expel_peacekeepers",
                        "reduce_relations"})
STATE_MEASURES = EXPULSIONS | {"arrest", "restrict", "ban_party", "curfew", "emergency",
                                # (and their easing: "martial law was lifted across Thailand")
                                "ease_restrictions", "ease_ban", "ease_curfew", "ease_emergency"}
#: Acts done by saying them: offered or accepted, an apology, praise or forgiveness is
#: made, not promised ("offered an apology to Japan": CAMEO 055, not 030).
SPOKEN_ACTS = frozenset({"apologize", "praise", "forgive", "sympathy", "defend"})
# Verbs of winning others' support for a third party ("lobbied fellow leaders to back X"),
# whose targets, unlike other appeals', may be those lobbied; and the acts asked of others
# for or against a third party, with what asking for them rallies.
LOBBYING_VERBS = frozenset({"lobby", "canvass"})
RALLIED = MappingProxyType({"praise": "rally_support", "defend": "rally_support",
                            "criticize": "rally_opposition"})
RALLYING = frozenset(RALLIED.values())
#: Cooperative deeds a state's organ carries out by approving them ("the court approved the
#: extradition of X", "approved intelligence sharing with Y"): done, not agreed to.
APPROVED_DEEDS = frozenset({"judicial_ties", "intelligence"})
#: Verbs of ordering someone out (of a country, an office).
ORDERING_VERBS = frozenset({"order", "command", "direct", "tell"})
#: Verbs that shrink a mission's staff ("ordered the embassy to cut its staff").
STAFF_CUTS = frozenset({"cut", "reduce", "halve", "downsize", "shrink", "slash", "trim"})
#: Verbs of calling one's own envoy home (CAMEO 161 by the envoy's country).
RECALLING_VERBS = frozenset({"recall", "withdraw"})

# The act that stands for a CAMEO root the learned classifier gives (see _Coder.learned): its
# modality and kind, whose combined code is the root's own ("030", "100", "120"...).
ROOT_ACTS = {"01": (None, "comment"), "02": (None, "request"), "03": ("intent", "request"),
             "04": (None, "consult"), "05": (None, "relations"), "06": (None, "cooperate"),
             "07": (None, "aid"), "08": (None, "yield"), "09": (None, "investigate"),
             "10": ("demand", "request"), "11": (None, "disapprove"),
             "12": ("refusal", "request"), "13": (None, "threaten"), "14": (None, "dissent"),
             "15": (None, "show_force"), "16": (None, "reduce_relations"),
             "17": (None, "coerce"), "18": (None, "unconventional"), "19": (None, "force"),
             "20": (None, "mass_violence")}


# Acts done with the doer's own means (aid, sanctions, troops): "the suspension of Swedish
# aid", "the lifting of U.S. sanctions", "the withdrawal of Russian troops" are the owner's.
OWN_MEANS = frozenset({"cut_aid", "cut_economic_aid", "cut_military_aid", "cut_humanitarian_aid",
                       "ease_sanctions", "sanction", "withdraw"})
UNATTACHED = 0.1  # what an act's doer found only by nearness costs its event's confidence


def _home(code: str) -> str:
    """The country an actor code belongs to (ISRGOV, PSEHMS: its first three letters); a
    body of states or an organisation is its own."""
    return code if code[:3] in ("IGO", "NGO", "IMG") else code[:3]


def _homes(actors) -> set[str]:
    """The countries (or bodies) of the actors a dictionary places (see :func:`_home`)."""
    return {_home(a.code) for a in actors if a.code and a.code not in AGENT_CODES}


def _travels(token) -> bool:
    """A verb of going with nothing it is done to ("returned from Cairo without a deal"): the
    subject moves, which is no act (the dictionary reads visits from it, with their place)."""
    return token.pos_ == "VERB" and goes(token) and not _children(token, "dobj")


def _passive(token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children)


class _Coder(_Constructions):
    """The raw events of a sentence's predicates. ``embedded`` holds the verbs of a clause that
    is the content of a stance (demanded, vowed, refused...), with that stance: what is asked
    for or promised is not an act done; ``statements`` what speakers said, kept for a sentence
    that reports nothing else (CAMEO 010); ``unreported`` the acts a stance cannot report
    ("refused to attack"), the dictionary's decision that nothing is reported."""

    def __init__(self, ctx: _Context) -> None:
        super().__init__(ctx)
        self.embedded: dict[int, str] = {}
        self.statements: list[tuple] = []
        self.unreported: list[_Act] = []

    def code(self, token) -> list[tuple]:
        """Raw events for one predicate: (sources, act, modality, negated, trigger, conf);
        an investigation is told apart by what it looks into, and some acts' targets are
        argued from their own constructions (:meth:`_argued`)."""
        return [(sources, self._argued(self.investigation(act)), *rest)
                for sources, act, *rest in self._code(token)]

    def _argued(self, act):
        """Intelligence passed, shared or handed is done to whom it is given
        (:meth:`recipients`), not to whom it is about; a complaint or case brought before an
        international body is against whom it accuses (:meth:`accused`), not the body."""
        if act.head.pos_ != "VERB":
            return act
        if act.kind == "intelligence":
            found = self.recipients(act.head)
        elif lx.ACT_CODES.get(act.kind, "")[:2] == "11" and act.targets and (
                act.targets[0].code or "").startswith("IGO"):
            found = self.accused(act.head)
        else:
            return act
        return replace(act, targets=tuple(found)) if found else act

    def _code(self, token) -> list[tuple]:
        pos = token.pos_
        if pos not in ("VERB", "AUX", "NOUN", "ADJ"):
            return []
        lemma = token.lemma_.lower()
        if pos in ("VERB", "AUX"):
            self.according(token)
        if pos in ("VERB", "AUX") and lemma not in ("be", "have", "do"):
            return self.code_verb(token, lemma)
        if pos == "NOUN":
            return self.code_noun(token, _noun_lemma(token))
        if token.pos_ == "ADJ" and lemma in lx.ADJECTIVE_ACTS and token.dep_ == "acomp":
            # "X was optimistic about the talks", "Y is critical of Z"
            targets = tuple(a for p in _children(token, "prep") if p.lower_ in (
                "of", "about", "over", "toward", "towards", "to", "with")
                for o in _children(p, "pobj") for a in self.ctx.actors(o))
            act = _Act(lx.ADJECTIVE_ACTS[lemma], token, targets, _negated(token.head),
                       _span(token.head))
            if act.kind in ("optimism", "pessimism"):
                # "was hopeful that the peace process would be completed": what one hopes or
                # fears will be is not reported as done
                self.unsaid(token)
            return [(self.subject(token.head), act, None, act.negated, token, 0.8)]
        if token.pos_ == "ADJ" and lemma in lx.MODAL_ADJECTIVES and token.dep_ in (
                "acomp", "amod", "oprd"):
            acts = self.complements(token) or self.refused_clause(token)
            if not acts and lx.MODAL_ADJECTIVES[lemma] in ("intent", "vow") and \
                    token.dep_ != "amod":
                # "was ready to contribute troops to a regional force for Mali"
                abroad = next((found for c in _children(token, "xcomp") if (
                    found := self.intended_abroad(c, self.subject(token.head)))), ())
                acts = [_Act("request", token, abroad, False, _span(token))] if abroad else []
            if acts:
                # what one is ready to do is intended, not done ("ready to work with Brazil
                # to deepen cooperation": no cooperation deepened)
                modality = lx.MODAL_ADJECTIVES[lemma]
                self.embed(token, modality)
                head = token.head if token.dep_ != "amod" else token.head
                sources = self.subject(head) if token.dep_ != "amod" else self.owner(head)
                neg = _negated(head)
                if neg and modality in INNER_STANCES:  # "was not prepared to negotiate": a
                    # rejection, as "has no intention of" is
                    modality, neg = "refusal", False
                    acts = [a for a in acts if lx.combined_code("refusal", a.kind) is not None]
                return [(sources, a, modality, neg, token, 0.8) for a in acts]
        return []

    def code_verb(self, verb, lemma) -> list[tuple]:
        if lemma == "blame" and verb.dep_ == "xcomp" and _to_blame(verb.head):
            return []  # "X is to blame": who says so accuses X (see blamed)
        if _wanted_by_law(verb):
            return []  # "a commander wanted for murder": by the law, no one's demand
        if lemma in lx.EVIDENTIAL_VERBS and self.shown_by_thing(verb):
            return []
        self.aired(verb, lemma)
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
        idiom = self.met_with(verb, lemma) or self.idiom_stance(
            verb, lemma, neg) or self.called_out(verb, lemma, neg) or self.admitted(
            verb, lemma, neg) or self.judged(verb, lemma, neg)
        if idiom:
            return idiom
        ruled_out = self.ruled_out(verb) if lemma in lx.ATTRIBUTION_VERBS else []
        if ruled_out:  # "said the plan was unacceptable", "said there would be no talks"
            return [(self.subject(verb), a, "refusal", neg, verb, 0.85) for a in ruled_out]
        # (not where the verb with its particle or adverb does something to its object:
        # "called its ambassador home for consultations" recalls him, asks for nothing)
        modality = next((lx.MODAL_PHRASES[(lemma, p.lower_)] for p in _children(
            verb, "prep", "prt", "advmod") if (lemma, p.lower_) in lx.MODAL_PHRASES and not any(
                o.lower_ in TEMPORAL for o in _children(p, "pobj"))), None) if not any(
            f"{lemma} {p.lower_}" in lx.VERB_OBJECTS and _children(verb, "dobj")
            for p in [*_children(verb, "prt", "advmod"),
                      *(c for o in _children(verb, "dobj") for c in _children(o, "advmod"))]
        ) else None
        if modality is None and lemma in lx.ATTRIBUTION_VERBS and _children(
                verb, "dobj", "dative", "nsubjpass") and any(
                    a.dep_ == "aux" and a.lower_ == "to" for c in _children(verb, "xcomp")
                    for a in c.children):
            # "told X to withdraw", "X was told to leave": an order, not a report
            modality = "demand"
        elif modality is None and lemma in lx.ATTRIBUTION_VERBS and lemma not in lx.MODAL_VERBS:
            modality = self.urged(verb)  # "said Israel must halt its offensive": a demand
        if modality is None and lemma in lx.MODAL_VERBS:
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
            welcomed = self.welcomed(verb) if modality == "agree" and acts else []
            if welcomed:  # "welcomed the agreement between Serbia and Kosovo": praise
                act = _Act("praise", verb, tuple(welcomed[:1]), False, _span(verb))
                return [(self.subject(verb), act, None, neg, verb, 0.9)]
            if modality == "threat" and lemma in lx.WARNING_VERBS and self.warned_against(verb):
                acts = [_Act("threaten", verb, (), False, _span(verb))]
            elif modality == "threat" and lemma in lx.WARNING_VERBS:
                acts = [a for a in acts if not self.forecast(verb, a)]
            acts = _not_using_force(modality, acts, self.subject(verb))
            if lemma in DECIDING_VERBS and not neg and acts and all(
                    lx.ACT_CODES[a.kind][:2] == "16" for a in acts):
                # relations cut, aid stopped, envoys expelled by a decision ("decided to
                # sever ties with Iran", "we have decided to break diplomatic relations"):
                # done by deciding it, no threat
                return [(self.subject(verb), a, None, neg, verb, 0.9) for a in acts]
            if modality in ("agree", "propose") or lemma in lx.GIVING_VERBS:
                # forces offered, promised or agreed to another country are sent to help it
                # ("offered to send police to the Solomon Islands", "pledged 1,000 troops to
                # Mozambique"): peacekeeping intended (CAMEO 0334), not a threat
                sent = self.subject(verb)
                acts = [replace(a, kind="peacekeeping", targets=tuple(
                    t for t in a.targets if not own_forces("mobilize", t, sent)))
                    if a.kind in ("mobilize", "police_power") and any(
                        not own_forces("mobilize", t, sent) for t in a.targets) else a
                    for a in acts]
            if neg and modality in ("agree", "propose", "intent", "vow") and _negated(
                    verb, governed=False):
                modality, neg = "refusal", False  # "will not accept the measures"
            if modality == "refusal":  # (accusations are acts too: "rejected accusations")
                dismissed = self.dismissed_accusations(verb)
                if dismissed:
                    return dismissed
            if modality == "refusal":
                acts = self.withheld(verb) or acts or self.declined_comment(verb)
                if acts and all(a.kind == "comment" for a in acts):
                    self.unsaid(verb)
            if modality == "refusal" and not acts:
                acts = [a for o in _rejected(verb) for a in self.rejected_acts(o)] or [
                    _Act("request", o, (), False, _span(o)) for o in _children(verb, "dobj")
                    if o.pos_ == "NOUN" and not self.ctx.actors(o)
                    and lemma not in lx.VERB_ACTS][:1] or [  # "denied the report": a denial
                    # what one will not accept, whoever's it is ("will not accept British
                    # sovereignty", "would not accept any more refugees from Burundi"): a
                    # rejection of them (CAMEO 120)
                    _Act("request", o, tuple(self.ctx.actors(o)), False, _span(o))
                    for o in _children(verb, "dobj") if o.pos_ == "NOUN"
                    and o.i not in self.ctx.mentions and lx.MODAL_VERBS.get(lemma) == "agree"
                    and _negated(verb)][:1]
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
            # (or a clause conjoined to it: "ordered the office to close and leave")
            leaving = [w for c in _children(verb, "xcomp", "ccomp") for w in [c, *c.conjuncts]
                       if w.lemma_.lower() in ("leave", "depart", "exit", "quit")]
            if leaving and addressees and lemma in ORDERING_VERBS:
                # "ordered the Kenyan ambassador to leave": whose leaving is no act of theirs
                # to report; the order is the expulsion (below)
                acts = [a for a in acts if a.head.i not in {w.i for w in leaving}]
            if acts and addressees and lemma in ORDERING_VERBS and all(
                    a.kind in EXPULSIONS for a in acts):
                # "ordered China to close its consulate in Houston": told to close its own
                # mission, the one ordered is expelled by the one ordering (done, not asked)
                return [(self.subject(verb), replace(a, targets=addressees), None, neg, verb,
                         0.9) for a in acts]
            if not acts and addressees and lemma in ORDERING_VERBS and any(
                    c.lemma_.lower() in ("close", "shut") and any(
                        o.lemma_.lower() in lx.MISSION_OFFICES for o in _children(c, "dobj"))
                    for c in _children(verb, "xcomp")):
                # "ordered USAID to close its office in Baku": told to close its own office,
                # the agency is expelled by the one ordering (done, not asked)
                act = _Act("expel_mission", verb, addressees, False, _span(verb))
                return [(self.subject(verb), act, None, neg, verb, 0.9)]
            if not acts and addressees and lemma in ORDERING_VERBS and any(
                    o.lemma_.lower() in lx.MISSION_OFFICES
                    for o in _children(verb, "dobj")) and any(
                    c.lemma_.lower() in STAFF_CUTS and any(
                        o.lemma_.lower() in ("staff", "personnel", "diplomat", "presence")
                        for o in _children(c, "dobj")) for c in _children(verb, "xcomp")):
                # "ordered the Russian embassy to cut its staff": a foreign mission told to
                # shrink, relations reduced by the one ordering (161, done, not asked)
                act = _Act("break_relations", verb, addressees, False, _span(verb))
                return [(self.subject(verb), act, None, neg, verb, 0.9)]
            sent_out = self.sent_out(verb) if not acts and modality == "demand" else None
            if not acts and leaving and not addressees and lemma in ORDERING_VERBS and not \
                    _children(verb, "agent"):
                expelled = self.ordered_out(verb, leaving)
                if expelled:
                    return expelled
            if not acts and (addressees and leaving or sent_out) and lemma in ORDERING_VERBS:
                # ordered to leave, ordered out: an expulsion, of a mission (of peacekeepers)
                # when it is one
                kind = sent_out or expulsion(_children(verb, "dobj"), addressees)
                return [(self.subject(verb), _Act(kind, verb, addressees, False, _span(verb)),
                         None, neg, verb, 0.9)]
            if sent_out:  # "want U.N. peacekeepers out of Congo": their expulsion demanded
                acts = [_Act(sent_out, verb, addressees, False, _span(verb))]
            # (not what the verb's own table reads: "asked X for forgiveness" apologizes)
            asked_for = [o for p in _children(verb, "prep") if p.lower_ == "for"
                         for o in _children(p, "pobj") if not any(
                             w in lx.VERB_OBJECTS.get(lemma, {}) for w in _object_words(o))
                         ] if modality in ("appeal", "demand") else []
            told_to = [c for c in _children(verb, "xcomp", "ccomp", "advcl") if c.dep_ != "advcl"
                       or any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
            if not acts and addressees and (told_to or asked_for):
                # "X urged Y to ..." whatever Y is to do, "asked Y for patrol boats" whatever
                # it is asked for: a request to Y (for aid when what is asked is given)
                acts = [_Act(self.given(asked_for) or "request", verb, (), False, _span(verb))]
            asked = _children(verb, "dobj") or [o for p in _children(verb, "prep") if p.lower_ in (
                "to", "on", "with") for o in _children(p, "pobj") if o.lower_ not in TEMPORAL]
            if not acts and modality in ("appeal", "demand") and (any(
                    _children(c, "nsubj") and not _states_fact(c)
                    for c in _children(verb, "ccomp")) or asked and any(
                    c.dep_ != "ccomp" for c in told_to)):
                # "demanded that the electoral council publish the tallies", "urged
                # industrialised nations to cut emissions", "appealed to donors to help":
                # asked of someone the dictionary does not name, whatever they are to do
                acts = [_Act("request", verb, (), False, _span(verb))]
            if not acts and modality in ("appeal", "demand"):
                # an end asked to what another does, which the dictionary does not name
                # ("called for an end to Israel's operations in Gaza"): asked of its doer
                stoppers = self.ended_by(verb)
                if stoppers:
                    acts = [_Act("request", verb, stoppers, False, _span(verb))]
            if not acts and modality == "threat":
                acts = self.bare_threat(verb, lemma, addressees)
            if not acts and modality in ("agree", "refusal") and any(
                    c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to"
                                                         for a in c.children)
                    for c in verb.children):
                # "agreed to stop supporting each other's rebels", "agreed with the IAEA to
                # reinstall cameras": a commitment to act, whatever the act the lexicon lacks
                # (CAMEO 030), not an accord of views (019); "refused to register the
                # party": a rejection (120), whatever is refused, of whom it is done to
                refused = tuple(a for c in _children(verb, "xcomp")
                                for a in self.targets(c)) if modality == "refusal" else ()
                acts = [_Act("request", verb, refused, False, _span(verb))]
            if not acts and modality in ("intent", "propose", "vow"):
                # "plans to send a trade delegation to Hanoi", "offered to facilitate talks
                # between X and Y": whatever the act the lexicon lacks, intended with another
                # country or body (CAMEO 030)
                # (not a circumstance: "vowed a harsh response after a strike killed ...")
                abroad = next((found for c in _children(verb, "xcomp", "advcl")
                               if not _children(c, "mark")
                               and (found := self.intended_abroad(c, self.subject(verb)))), ())
                if abroad:
                    acts = [_Act("request", verb, abroad, False, _span(verb))]
            if modality == "appeal" and acts and all(
                    a.kind in RALLIED and a.targets for a in acts) and not {
                    actor_root(t.code) for a in acts for t in a.targets} & {
                    actor_root(s.code) for s in (*self.subject(verb), *(
                        () if lemma in LOBBYING_VERBS else addressees))}:
                # support or opposition rallied for or against a third party: for it, not an
                # appeal to those lobbied ("lobbied fellow leaders to back Libya", "urged
                # Western governments to condemn Azerbaijan": CAMEO 053 and 113, with Libya
                # and Azerbaijan)
                modality, addressees = None, ()
                acts = [replace(a, kind=RALLIED[a.kind]) for a in acts]
            # the target of an appeal or demand is who is asked ("urged Israel to meet
            # Hamas": Israel), else whom the act is done to
            # (an appeal to everyone, to the international community or donors, to no one
            # in particular, whatever it is they are to do)
            everyone = modality in ("appeal", "demand") and not addressees and asks_everyone(verb)
            acts = [a if a.targets and not addressees and not everyone else _Act(
                a.kind, a.head, addressees or (() if everyone else self.targets(
                    verb, exclude_objects=True)), a.negated, a.content) for a in acts]
            if modality in ("appeal", "demand") and not addressees and not everyone:
                # a release asked for is asked of whoever holds the captives ("called for the
                # release of migrants held in Libya", "of prisoners held by Israel")
                # (the parser may hang whom it is for on the verb: "appealed for clemency
                # for a maid sentenced to death in Saudi Arabia")
                acts = [replace(a, targets=tuple(held)) if lx.ACT_CODES[a.kind][:3] == "084"
                        and (held := self.captors(a.head) or self.captors(verb)) else a
                        for a in acts]
            if modality == "refusal":  # "turned down X's offer to mediate": to X
                owners = tuple(a for o in _rejected(verb) if o.lemma_.lower() in
                               lx.MODAL_NOUNS for a in self.owner(o))
                acts = [replace(a, targets=owners) if owners else a for a in acts]
            let = self.let_do(verb) if modality in ("refusal", *INNER_STANCES) else ()
            if let:  # "refused to let U.N. envoys visit": refused them
                acts = [a if any(t.code for t in a.targets) else replace(a, targets=let)
                        for a in acts]
            named = acts and all(a.head.dep_ in ("dobj", "nsubjpass") and a.head.head.i == verb.i
                                 for a in acts)
            if acts and (modality == "demand" and lemma in lx.COMMISSIONING_VERBS and all(
                    a.kind == "investigate" or named for a in acts) or modality == "agree"
                    and lemma in lx.GIVING_VERBS and all(a.kind in AID for a in acts) or (
                    modality in ("agree", "propose") and named and all(
                        a.kind in SPOKEN_ACTS for a in acts)) or (
                    modality == "agree" and lemma in lx.GIVING_VERBS and named and all(
                        a.kind in APPROVED_DEEDS or a.kind == "settle" and _noun_lemma(
                            a.head) in lx.FORMAL_AGREEMENTS for a in acts))):
                # "ordered an inquiry" opens it, "ordered the expulsion of X" (an act named,
                # not someone told to act) carries it out, "approved a loan to X" extends
                # it, "approved the treaty" ratifies it, "approved the extradition of X"
                # grants it, and an apology or praise offered is made: done (to whom it is
                # to help: "a loan to help Kenya rebuild")
                modality = None
                acts = [a if a.targets or a.kind not in AID else replace(
                    a, targets=self.helped(verb, _children(verb, "dobj"))) for a in acts]
            if acts and lemma in SUMMONING_VERBS and all(
                    a.kind in ("protest", "complain") and a.head.head.i == verb.i for a in acts):
                # an envoy summoned to protest is protested to: by the summoner, officially
                # ("summoned the Afghan ambassador to protest against cross-border attacks")
                modality = None
                acts = [replace(a, kind="complain") for a in acts]
            # an act the stance cannot report (refusing to attack) leaves the verb to be
            # an act of its own, if it is one ("denied that it attacked": a denial)
            reportable = [a for a in acts if lx.combined_code(modality, a.kind) is not None]
            if acts and not reportable and modality == "refusal":
                reportable = self.rejected_force(verb, acts)
            if acts and not reportable:
                self.unreported.extend(acts)
            acts = reportable
            if acts:
                sources = self.subject(verb) or [
                    a for c in _children(verb, "nsubjpass") for a in self.ctx.actors(c)] or (
                    # ("Qatar will leave the GCC, its foreign minister warned": Qatar's)
                    [a for c in _children(verb, "ccomp") if c.i < verb.i
                     for s in _children(c, "nsubj") for a in self.ctx.actors(s)]
                    if _speaks_for(verb) else [])
                acts = [_workers_strike(a, sources) for a in acts]
                # (what is rallied is told by the act asked of others: "urged X to condemn
                # Y", whose words, not X's, say whom it is against)
                return [(sources, a, modality, neg or a.negated,
                         a.head if a.kind in RALLYING and a.head.pos_ == "VERB" else verb, 0.9)
                        for a in acts]
            # no act to refuse: "has not agreed to a wage freeze" is an accord not reached
            # (019, negated), not one reached
            neg = _negated(verb)
        if lemma in lx.COMMENT_VERBS and neg and _aux_modality(verb) == "intent":
            # "would not say (comment, confirm)": declining to comment; "would not be drawn
            # on X": by who would not be
            self.unsaid(verb)
            act = _Act("comment", verb, (), False, _span(verb))
            sources = self.subject(verb) or ([a for c in _children(verb, "nsubjpass")
                                              for a in self.ctx.actors(c)]
                                             if lemma == "draw" else [])
            return [(sources, act, "refusal", False, verb, 0.9)]
        voiced = self.voiced(verb, lemma)
        if voiced:  # "criticism of X was voiced by Y": Y's
            return voiced
        blamed = self.blamed(verb) if lemma in lx.ATTRIBUTION_VERBS else []
        if blamed:  # "Pakistan said India was behind the bombing": Pakistan accuses India
            act = _Act("accuse", verb, tuple(blamed), False, _span(verb))
            return [(self.subject(verb), act, None, neg, verb, 0.9)]
        if lemma in lx.ATTRIBUTION_VERBS and lemma not in lx.VERB_OBJECTS and not any(
                _noun_act(o) in lx.ANNOUNCED_ACTS for o in _children(verb, "dobj", "nsubjpass")):
            # (but announcing a ceasefire, sanctions or an inquiry is declaring them)
            self.statement(verb, lemma)
            return []  # "claimed responsibility", "expressed concern": acts by their object
        if lx.VERB_ACTS.get(lemma) == "release" and _children(verb, "dobj") and all(
                o.lemma_.lower() in lx.PUBLICATIONS for o in _children(verb, "dobj")):
            # "released its annual report (footage of the raid)": made public, nobody freed;
            # a statement of the actors the dictionary names (a firm's results are business)
            if any(a.code for a in self.subject(verb)):
                self.statement(verb, lemma)
            return []
        received = self.received(verb, lemma) or self.bought(verb, lemma) or self.survived(
            verb, lemma) or self.arrived(
            verb, lemma) or self.happened(verb, lemma) or self.came_under(verb, lemma) or \
            self.drew_from(verb, lemma) or self.rallied(verb, lemma)
        if received:
            return received
        talk_state = self.talk_state(verb, lemma) or self.continued(verb, lemma)
        if talk_state:
            return talk_state
        notice = self.notice_to_leave(verb, lemma)
        if notice:
            return notice
        act = self.errand(verb, self.act_of_verb(verb))
        if act is None and neg and _aux_modality(verb) == "intent":
            return self.refused_outright(verb, lemma)
        if act is None and _aux_modality(verb) == "intent" and verb.i not in self.embedded:
            # "India will build a terminal at Iran's Chabahar port": an intent with another
            # country (CAMEO 030) whatever the act; what a government will do at home
            # ("would hold elections on May 14") stays its statement
            abroad = self.intended_abroad(verb, self.subject(verb))
            if abroad:
                act = _Act("request", verb, abroad, False, _span(verb))
                return [(self.subject(verb), act, "intent", False, verb, 0.8)]
        if act is None or _contest(verb):
            return []
        if lemma in lx.REFRAINING_VERBS or _stopped_short(verb):
            neg = act.negated  # "refrained from criticising X": the criticism not made
        if act.kind == "symbolic" and (self.protesting(verb) or any(
                lx.MODAL_VERBS.get(c.lemma_.lower()) in ("demand", "appeal")
                or lx.VERB_ACTS.get(c.lemma_.lower()) in lx.DISSENT
                for c in _children(verb, "advcl", "xcomp")) or any(
                p.lower_ == "against" for t in {verb, act.head} for p in _children(t, "prep"))):
            # a vigil or a ceremony held to demand or protest something, or against it ("held
            # a candlelight vigil to demand the president's impeachment", "a vigil against the
            # annulment of the election"): a demonstration (CAMEO 141)
            act = replace(act, kind="protest")
        if act.kind == "arrest" and any(
                c.lemma_.lower() in lx.HANDING_VERBS and getattr(
                    self.act_of_verb(c), "kind", None) == "judicial_ties"
                for c in _children(verb, "conj")):
            return []  # "arrested a suspect and handed him over to Paris": the handover
        act = self.attack_to_assault(verb, act)
        if act.kind == "pessimism":
            act = self.concern_at(verb, act)
        modality = _aux_modality(verb)
        if modality == "intent" and neg and lx.combined_code("refusal", act.kind) is not None:
            modality, neg = "refusal", False  # "Iran will never hold talks": a rejection
        if modality == "possible" and act.kind in lx.HOSTILE and self.own_side_says(verb):
            modality = "threat"  # "Turkey could send troops into Iraq, its premier said"
        if modality == "intent" and not neg and act.kind == "reform" and lemma == "hold" and \
                verb.dep_ == "ccomp" and verb.head.lemma_.lower() in lx.ATTRIBUTION_VERBS \
                and all(not a.code or a.code in AGENT_CODES or self.own_side_says(verb)
                        for a in self.subject(verb)):
            # a vote its own side ("the government") says it will hold ("said that Turkey would
            # hold elections on May 14"): a date told, its statement (CAMEO 010), not a reform
            # promised
            return []
        if modality is None and verb.i in self.embedded:
            # what a stance is about ("demanded that X agree to withdraw"): reported with
            # that stance, or not at all, never as done
            modality = self.embedded[verb.i]
            if lx.combined_code(modality, act.kind) is None:
                return []
        if lemma in lx.GIVING_VERBS and lx.MODAL_VERBS.get(lemma) in (
                "vow", "propose", "intent") and act.kind in AID:
            # pledged, offered, promised aid: an intent to give (approved: given)
            modality = lx.MODAL_VERBS[lemma]
        # an act named by the verb's object with its own doer ("confirmed the release of 50
        # fishermen by Malaysia", "the release of two pilots by Turkey was announced by
        # Moscow"): the doer's, not the announcer's
        sources = (act.head.i != verb.i and act.head.head.i == verb.i and act.head.dep_ in (
            "dobj", "nsubjpass") and [a for p in _children(act.head, "prep") if p.lower_ == "by"
                                      for o in _children(p, "pobj")
                                      for a in self.ctx.actors(o)][:1]) or self.subject(verb)
        mined = self.struck_mine(verb, act)
        if mined is not None:  # "their vehicle struck a buried bomb": the bomb's victims
            sources, act = mined
        if not sources and _passive(verb) and not _children(verb, "agent"):
            sources = self.misplaced_agent(verb)
            # (to whom: the passive's subject, not the doer the parser left among its phrases)
            done_to = tuple(a for n in _children(verb, "nsubjpass") for a in self.ctx.actors(n))
            left = tuple(t for t in act.targets if t.code not in {a.code for a in sources})
            if sources and act.head.i == verb.i and len(left) < len(act.targets) or (
                    sources and not act.targets):
                act = replace(act, targets=left or done_to)
        if not sources:  # "a roadside bomb planted by X killed", "killed in an Israeli strike"
            sources, act = self.instrument(verb, act)
        if not sources and act.kind in OWN_FORCES:  # "police were placed on high alert"
            sources = [a for c in _children(verb, "nsubjpass") for a in self.ctx.actors(c)]
        if not sources and lemma in lx.GIVING_VERBS and act.head.i == verb.i and \
                lx.ACT_CODES.get(act.kind, "")[:2] == "09":
            # those sent to look into something do it ("a UN team was dispatched to Syria to
            # probe the reports", "French investigators were sent to Mali to examine ...")
            sources = [a for c in _children(verb, "nsubjpass") for a in self.ctx.actors(c)]
        if not sources:
            sources, act = self.passive_doers(verb, act)
        if not sources and (act.kind in ("force", "small_arms") and _killed(verb)
                            or act.kind == "beat_to_death"):
            # a judge, an official or a lawmaker killed by no one named ("a senior judge was
            # gunned down outside his home in Peshawar"): an assassination, whose source the
            # codebook makes the country where it happened; anyone else, stabbed or hacked
            # to death too, killed by assault
            victims = tuple(a for c in _children(verb, "nsubjpass") for a in self.ctx.actors(c)
                            if actor_agent(a.code) in lx.SIGNIFICANT_AGENTS)
            if victims:
                sources = self.unattributed(verb)
                act = replace(act, kind="assassinate", targets=victims)
            elif self.lone_victim(verb):  # one other person, no combatant ("an opposition
                # leader was shot dead near the Kremlin"): killed by assault (CAMEO 1823)
                sources = self.unattributed(verb)
                act = replace(act, kind="beat_to_death", targets=tuple(
                    a for c in _children(verb, "nsubjpass") for a in self.ctx.actors(c)))
        if not sources and act.kind == "hostage" and _children(verb, "nsubjpass"):
            # people abducted by no one named ("three aid workers were abducted at gunpoint
            # in Jonglei"): a kidnapping (181) by whoever holds the place, as an unclaimed
            # bombing is; the abducted are whom it is done to
            sources = self.unattributed(verb)
            act = replace(act, targets=tuple(a for c in _children(verb, "nsubjpass")
                                             for a in self.ctx.actors(c)) or act.targets)
        if not sources and act.kind in lx.DISSENT:
            sources = self.dissenters(verb, act.kind)
        if act.kind in ("alert", "mobilize") and sources and all(
                (a.code or "").endswith("COP") for a in sources):
            act = replace(act, kind="police_alert" if act.kind == "alert" else "police_power")
        if act.kind in ("force", "bombing", "air_force"):
            act = self.by_agent(verb, act, sources)
        else:
            act = self.of_suspects(verb, self.by_protest(verb, self.foreign_restriction(
                self.banned_group(self.seized(act, verb, sources), verb, sources), verb,
                sources), sources))
        if act.kind in ("show_force", "host"):  # (exercises hosted with a partner too)
            act = self.exercised_together(verb, act, sources)
        agents = {(a.code or "")[-3:] for a in sources}
        if lx.ACT_CODES[act.kind][:2] in ("09", "17", "18", "19") and (
                _done_jointly(verb) or act.head.i != verb.i and _done_jointly(act.head)) and len(
                {actor_root(a.code) for a in sources if a.code}) > 1:
            # force, the law's measures or an inquiry taken jointly by two states' agents
            # ("Spanish and French police arrested 12 suspects in a joint operation", "jointly
            # raided a hideout", "jointly examined the remains"): their cooperation with each
            # other, told apart by who they are
            act = replace(act, kind="cooperate", targets=())
        elif lx.ACT_CODES[act.kind][:2] in ("09", "17", "18", "19") and (
                _done_jointly(verb) or act.head.i != verb.i and _done_jointly(act.head)):
            # (or with another state's partner: "carried out joint air strikes with Chadian
            # jets on Boko Haram camps")
            own = {actor_root(a.code) for a in sources if a.code}
            partners = tuple(a for t in {verb, act.head} for p in _children(t, "prep")
                             if p.lower_ == "with" for o in _children(p, "pobj")
                             for a in self.ctx.actors(o)
                             if a.code and own and actor_root(a.code) not in own)
            if partners:
                act = replace(act, kind="cooperate", targets=partners)
        if act.kind == "cooperate" and len(agents) == 1 and agents <= set(
                lx.COOPERATING_AGENTS) and (any(
                    c.lower_ in lx.JOINT_ADVERBS or c.lower_ == "joint"
                    for c in act.head.children) or _done_jointly(act.head)):
            # what troops, police or spies cooperate in: military, judicial, intelligence
            act = replace(act, kind=lx.COOPERATING_AGENTS[agents.pop()])
        sectors = {self.ctx.role(c) for c in act.head.children if c.dep_ in (
            "amod", "compound")} & set(lx.COOPERATING_AGENTS) if act.kind == "cooperate" else ()
        if len(sectors) == 1:
            # a joint undertaking the role word before it places ("a joint police operation",
            # "a joint naval patrol"): of that sector, whoever its parties
            act = replace(act, kind=lx.COOPERATING_AGENTS[sectors.pop()])
        # (leaving is a walk-out only in a guess, unless the talks left are named: "walked
        # out of the peace talks with X", which the news is before what is said leaving)
        confidence = 0.6 if lemma in lx.DEPARTURE_VERBS and act.kind == "halt_talks" and \
            _left_talks(_objects(verb)) is None else 0.9
        if modality == "hypothetical":  # "until the government resigned": a condition, not news
            confidence -= 0.3
        if act.kind == "hostage" and verb.dep_ == "acl":
            holder = self.subject(verb)
            captives = self.ctx.actors(verb.head)
            return [(holder, _Act("hostage", verb, tuple(captives), neg, _span(verb.head)),
                     None, neg, verb, 0.85)]
        return [(sources, act, modality, neg, verb, confidence)]

    def learned(self, sent, threshold: float = classifier.THRESHOLD) -> list[tuple]:
        """The raw event of a sentence in which nothing else was found, by the learned
        classifier (:mod:`accord.news.classifier`): its root, when probable enough, as the act
        of the content word that weighs most for it; the source is that word's (or its verb's)
        subject, else the actor named just before it, and the targets are its own."""
        model = classifier.builtin()
        if model is None or self.unreported:
            return []  # (nor over the dictionary's decision that nothing is reported)
        if any(t.dep_ == "pobj" and t.lemma_.lower() in lx.HAZARDS and t.head.lower_ in (
                "in", "by") and t.head.head.pos_ == "VERB" for t in sent):
            return []  # harm a hazard did ("died in an avalanche, police said"): nobody acts
        taken = model.taken(classifier.features(sent), threshold)
        if taken is None or taken[0] not in ROOT_ACTS:
            return []
        label, probability = taken
        trigger = model.trigger(sent, label)
        if trigger is None or _travels(trigger):
            return []
        verb = trigger if trigger.pos_ == "VERB" else next(
            (h for h in trigger.ancestors if h.pos_ == "VERB"), None)
        sources = (self.subject(verb) if verb is not None else []) or ([] if (
            verb is not None and _passive(verb)) else self.named_before(sent, trigger))
        # (in the passive the actor named before the act is the one acted on)
        if not sources:
            return []
        neg = _negated(verb) if verb is not None else False
        targets = self.targets(trigger) or (self.targets(verb) if verb is not None else ())
        modality, kind = ROOT_ACTS[label]
        act = _Act(kind, trigger, tuple(targets), neg, None, "learned")
        return [(sources, act, modality, neg, trigger, min(probability, classifier.CONFIDENCE))]

    def struck_mine(self, verb, act: _Act) -> tuple[list[Actor], _Act] | None:
        """A vehicle that hit a bomb or a mine ("three soldiers died when their vehicle struck
        a buried bomb", "their truck drove over a landmine"): a bombing by whom it is blamed
        on, else the country where it went off (as an unclaimed roadside bomb's, see
        :meth:`unattributed`), done to the vehicle's people, not by them."""
        if lx.ACT_CODES.get(act.kind, "")[:2] not in ("18", "19") or (
                verb.lemma_.lower() not in MINE_STRIKES):
            return None
        objects = [*_children(verb, "dobj"), *(o for p in _children(verb, "prep")
                                               if p.lower_ in ("over", "on", "into")
                                               for o in _children(p, "pobj"))]
        if not any(o.lemma_.lower() in lx.EXPLOSIVES or any(
                c.lemma_.lower() in lx.EXPLOSIVES for c in o.children if c.dep_ == "compound")
                for o in objects):
            return None
        vehicles = [n for n in _children(verb, "nsubj")
                    if n.lemma_.lower() in lx.VEHICLES | CARRIERS]
        if not vehicles:
            return None
        victims = ((self.subject(verb.head) or [
            a for n in _children(verb.head, "nsubjpass") for a in self.ctx.actors(n)])
            if verb.dep_ == "advcl" else []) or [
            a for n in vehicles for a in self.owner(n)] or self.subject(verb)
        return self.unattributed(verb), replace(act, kind="bombing", targets=tuple(victims))

    def unattached(self, sent, raw: list[tuple]) -> list[tuple]:
        """Acts the dictionary found with no doer at all (a subject the parse hangs
        elsewhere) take the actor named just before them when the learned classifier, reading
        the whole sentence, gives the act's own CAMEO root (an act word misread, "baton-
        charged" as an accusation, or in a sentence about prices stays unsourced), or when
        the parser read a role word before them as the sentence's verb; not in the passive,
        where the actor before is the one acted on. Their confidence is lowered by
        ``UNATTACHED``."""
        model = classifier.builtin()
        if not raw or any(sources for sources, *_ in raw) or model is None:
            return raw
        label = model.predict(classifier.features(sent))[0]
        def misread(trigger) -> bool:  # (a role word the parser read as the verb above the
            # act: "Togolese gendarmes tortured people", "gendarmes" the verb; no guess)
            return any(h.pos_ in ("VERB", "AUX") and h.i < trigger.i and
                       self.ctx.dictionary.agent(h.lower_) for h in trigger.ancestors)

        return [(self.named_before(sent, trigger) if not _passive(trigger) and (
            _same_scale((lx.combined_code(modality, act.kind) or "")[:2], label)
            or misread(trigger)) else [], act, modality, negated, trigger,
                 confidence - UNATTACHED)
                for _, act, modality, negated, trigger, confidence in raw]

    def passive_doers(self, verb, act: _Act) -> tuple[list[Actor], _Act]:
        """Who did a cooperative act (CAMEO 04-07) told in the passive without its agent:
        whose the thing done is ("the delivery of 50 tanks by Poland was completed",
        "intelligence gathered by Jordan was passed on", "Australian peacekeepers were
        deployed"), else the parties named "between" ("talks were held between X and Y":
        X with Y); a protest, by the people of where it was held. Not for other acts:
        "Iranian diplomats were expelled" is not Iran's."""
        if act.kind in lx.DISSENT and _children(verb, "nsubjpass"):
            # "demonstrations were held in Bamako": by protesters of where they were held
            # (those its own "by" phrase names first: "a general strike by Greek workers was
            # launched")
            by = [a for n in _children(verb, "nsubjpass") for p in _children(n, "prep")
                  if p.lower_ == "by" for o in _children(p, "pobj") for a in self.ctx.actors(o)]
            return by[:1] or [Actor(_subtree_text(n), f"{a.code[:3]}OPP", a.name, "role")
                              for n in _children(verb, "nsubjpass")[:1]
                              for a in self.located([verb]) if a.code], act
        if act.head.i != verb.i and (act.head.dep_ == "nsubjpass" and act.head.head.i == verb.i
                                     or verb.lemma_.lower() in lx.SUBJECTING_VERBS):
            # the act the passive's subject names, by that noun's own agent ("the expulsion
            # of four diplomats by X was announced")
            # ("the mobilisation of 50,000 reservists by the army": the parser may hang
            # the agent on the "of" phrase)
            found = [a for p in act.head.subtree if p.dep_ == "prep" and p.lower_ == "by"
                     for o in _children(p, "pobj") for a in self.ctx.actors(o)][:1]
            if not found and (_noun_lemma(act.head) not in lx.PATIENT_NOUNS or any(
                    p.lower_ == "of" for p in _children(act.head, "prep"))):
                # else whose the act is ("Ethiopia's recognition of Eritrea was announced");
                # not whom it is done to ("the minister's arrest was announced")
                found = self.owner(act.head)[:1]
            if not found and act.kind in OWN_MEANS:
                # else whose the aid, sanctions or troops it stops, lifts or withdraws are
                # ("the suspension of Swedish aid to Rwanda was announced")
                found = [a for p in _children(act.head, "prep") if p.lower_ == "of"
                         for o in _children(p, "pobj") for a in self.owner(o)][:1]
            if found:
                return found, act
        if act.head.i == verb.i:
            # the act the verb makes of its passive subject, by whose that act is ("a
            # French-led investigation was opened", "Norway's embargo was lifted")
            # (and whose the goods given are: "food rations from the WFP were distributed
            # to families", "funds from Qatar were transferred to Gaza")
            found = [a for n in _children(verb, "nsubjpass") if (
                _noun_act(n) is not None or act.kind in AID and self.given([n]) is not None)
                and _noun_lemma(n) not in lx.PATIENT_NOUNS for a in self.owner(n)][:1]
            if found:
                return found, act
        if act.kind in STATE_MEASURES and _children(verb, "nsubjpass") and not _children(
                verb, "agent"):
            return self.imposed_by_state(verb, act)
        if act.kind == "judicial_ties" and _children(verb, "nsubjpass") and not _children(
                verb, "agent"):
            # one extradited or handed over to Y from X ("was extradited to Manila from Kuala
            # Lumpur"): by the state of where he was sent from, to Y
            lands = [land for o in self.whence(verb, act) for land in [self.ctx.land(o)]
                     if land is not None][:1]
            # (to whom, when the act's noun says so: "the extradition of a militant from
            # Mexico to Spain was completed")
            sent_to = [a for p in act.head.subtree if p.dep_ == "prep" and p.lower_ == "to"
                       for o in _children(p, "pobj") for a in [
                           *self.ctx.actors(o), *filter(None, [self.ctx.land(o)])]][:1] if (
                act.head.i != verb.i and not act.targets) else []
            if lands:
                return lands, replace(act, targets=tuple(sent_to)) if sent_to else act
        if lx.ACT_CODES[act.kind][:2] not in ("04", "05", "06", "07") or not _children(
                verb, "nsubjpass"):
            return [], act
        for noun in _children(verb, "nsubjpass"):
            done_to = self.ctx.actors(noun)
            if done_to and act.kind != "peacekeeping":
                # whom it is done to ("the Ukrainian army was supplied with 30 tanks by X",
                # "Pakistan was granted a loan by the IMF", "Egypt was handed two frigates
                # by France"): the doer is whose the thing given is, or the "by" phrase the
                # parser hangs on it or on the verb
                given = [*_children(verb, "dobj"), *(o for p in _children(verb, "prep")
                                                     if p.lower_ == "with"
                                                     for o in _children(p, "pobj"))]
                found = [a for o in given for a in [*self.owner(o), *(
                    w for q in _children(o, "prep") if q.lower_ == "by"
                    for n in _children(q, "pobj") for w in self.ctx.actors(n))]
                    if a.code] or [a for q in _children(verb, "prep") if q.lower_ == "by"
                                   for n in _children(q, "pobj") for a in self.ctx.actors(n)
                                   if a.code][:1] if given else []
                return found, replace(act, targets=tuple(done_to)) if found else act
            found = self.owner(noun) or self.participants(noun) or [  # (the agent of what
                # it is of: "the shipment of 20 howitzers to Kyiv by Norway")
                a for p in noun.subtree if p.dep_ == "prep" and p.lower_ == "by"
                for o in _children(p, "pobj") for a in self.ctx.actors(o)] or ([
                    # (aid sent from a country or its capital: "humanitarian aid was sent
                    # from Tashkent to Afghanistan")
                    land for o in self.whence(verb, act) for land in [self.ctx.land(o)]
                    if land is not None][:1] if act.kind in AID and (
                        self.given([noun]) is not None or noun.lemma_.lower() in lx.SUPPLIES)
                    else [])  # (not people flown out: "the wounded were flown from Gaza")
            if found:
                return found, act
        parties = self.between(verb)
        if len(parties) > 1:
            return parties[:1], replace(act, targets=(*parties[1:2], *act.targets))
        return [], act

    def misplaced_agent(self, verb) -> list[Actor]:
        """The doer of a passive whose "by" phrase the parser hangs on the verb as a plain
        phrase or on a place or thing the verb is done at ("a wreath was laid at the war
        memorial by the Japanese prime minister", "candles were lit outside the embassy by
        hundreds of Germans") or on what the subject is declared, named or found ("two
        diplomats were declared persona non grata by Bulgaria"); not one hung on an act,
        whose own doer it is ("the victims of the deportation by Stalin")."""
        holders = [verb, *(o for p in _children(verb, "prep") for o in _children(p, "pobj")
                           if _noun_act(o) is None), *(
            o for o in _children(verb, "oprd") if _noun_act(o) is None)]
        return [a for h in holders for p in _children(h, "prep") if p.lower_ == "by"
                for o in _children(p, "pobj") for a in self.ctx.actors(o)][:1]

    def ruled_out(self, verb) -> list[_Act]:
        """What a speaker's clause rules out: a thing it calls unacceptable, a non-starter,
        out of the question ("said the U.S. plan was unacceptable": a rejection of the plan,
        to whose it is) or says there will be none of ("said there could be no talks with
        Kyiv": talks refused, CAMEO 125)."""
        for clause in _children(verb, "ccomp"):
            if clause.lemma_.lower() != "be" or _children(clause, "neg"):
                continue
            if _children(clause, "expl"):
                acts = [a for n in _children(clause, "attr") if any(
                    d.lower_ == "no" for d in n.children) for a in self.acts_of_noun(n)
                    if lx.combined_code("refusal", a.kind) is not None]
            elif any(c.lemma_.lower() in lx.REJECTING_ADJECTIVES
                     for c in _children(clause, "acomp", "attr")) or any(
                    o.lemma_.lower() == "question" for p in _children(clause, "prep")
                    if p.lower_ == "out" for q in _children(p, "prep") if q.lower_ == "of"
                    for o in _children(q, "pobj")):
                things = [n for n in _children(clause, "nsubj") if n.pos_ in ("NOUN", "PROPN")]
                acts = [a for n in things for a in self.rejected_acts(n)] or [
                    _Act("settle", n, tuple(self.owner(n)), False, _span(n)) for n in things[:1]]
            else:
                continue
            if acts:
                self.unsaid(clause)
                return acts
        return []

    def welcomed(self, verb) -> list[Actor]:
        """Whose deed a verb of praise that may also accept ("welcome", "embrace") names
        as its object: "welcomed Serbia's decision", "the agreement between Serbia and
        Kosovo", "the Saudi-Iranian accord", "the release of the journalists by Iran", "the
        peace deal signed by Ethiopia and the rebels". Praise of them (CAMEO 051), not the
        speaker's own agreement (what is offered to the speaker is accepted)."""
        if lx.VERB_ACTS.get(verb.lemma_.lower()) != "praise":
            return []
        own = {actor_root(a.code) for a in self.subject(verb)}
        for o in _children(verb, "dobj"):
            if _noun_act(o) is None and o.lemma_.lower() not in lx.STATEMENT_NOUNS:
                continue
            doers = [a for p in o.subtree if p.dep_ in ("prep", "agent") and p.lower_ == "by"
                     and p.head.i in (o.i, *(c.i for c in _children(o, "acl")))
                     for n in _children(p, "pobj") for a in self.ctx.actors(n)]
            found = [a for a in [*self.owner(o), *self.participants(o), *doers]
                     if a.code and actor_root(a.code) not in own]
            if found:
                return found
        return []

    def urged(self, verb) -> str | None:
        """The stance of a verb of saying over a clause that says what another ought to do:
        "said Ukraine should withdraw", "told his Turkish counterpart that Ankara should
        leave" (an appeal, CAMEO 02), "said Israel must halt its offensive" (a demand, 10);
        whoever it is told or the clause's subject is asked. What the speakers themselves
        should do ("said it must act") is no request."""
        own = {actor_root(a.code) for a in self.subject(verb)}
        told = [a for o in _children(verb, "dobj", "dative") for a in self.ctx.actors(o)]
        for clause in _children(verb, "ccomp"):
            modals = {a.lower_ for a in [clause, *_children(clause, "aux")]}  # ("ought to")
            if not modals & OUGHT.keys() or _children(clause, "auxpass"):
                continue
            asked = told or [a for s in _children(clause, "nsubj") for a in self.ctx.actors(s)]
            if any(actor_root(a.code) not in own for a in asked if a.code):
                return OUGHT[min(modals & OUGHT.keys())]
        return None

    def ordered_out(self, verb, leaving) -> list[tuple]:
        """Those ordered, in the passive, to leave a country ("four Iranian diplomats were
        ordered to leave Argentina"): expelled by it (diplomats: relations broken, CAMEO
        161; others deported, 174)."""
        told = [n for n in _children(verb, "nsubjpass")]
        expelled = tuple(a for n in told for a in self.ctx.actors(n))
        left = [land for w in leaving for o in _children(w, "dobj")
                for land in [self.ctx.land(o)] if land is not None]
        if not expelled or not left:
            return []
        act = _Act(expulsion(told, expelled), verb, expelled, False, _span(verb))
        return [(left[:1], act, None, _negated(verb), verb, 0.9)]

    @staticmethod
    def whence(verb, act: _Act) -> list:
        """The places a passive act sends someone away from, said of the verb or of the act
        its subject names ("the expulsion of 18 diplomats from Sudan was announced")."""
        said = [p for p in act.head.subtree if p.dep_ == "prep"] if act.head.i != verb.i else []
        return [o for p in [*_children(verb, "prep"), *said] if p.lower_ == "from"
                for o in _children(p, "pobj")]

    def imposed_by_state(self, verb, act: _Act) -> tuple[list[Actor], _Act]:
        """Who took a measure only a state or a body takes, told in the passive without its
        agent, and against whom: the body or the country one is expelled, deported or
        suspended from ("two Czech diplomats were expelled from Moscow": RUS -> CZE; "Guinea
        was suspended from ECOWAS"), else the country where it was done ("five protesters
        were arrested in Cairo", "a curfew was imposed in Kathmandu"); the passive's subject
        is whom it is done to."""
        done_to = tuple(a for n in _children(verb, "nsubjpass") for a in self.ctx.actors(n))
        whence = self.whence(verb, act)
        lands = [land for o in whence for land in [self.ctx.land(o)] if land is not None][:1]
        if verb.lemma_.lower() in RECALLING_VERBS:
            lands = lands or [  # (or where he is accredited: "its ambassador to Turkey")
                land for n in _children(verb, "nsubjpass") for p in _children(n, "prep")
                if p.lower_ == "to" for o in _children(p, "pobj")
                for land in [self.ctx.land(o)] if land is not None][:1]
            # one's own envoy called home ("Israel's ambassador was recalled from Ankara"):
            # by the envoy's country, from where he served
            return (list(done_to[:1]), replace(act, targets=tuple(lands))) if done_to and \
                lands else ([], act)
        doers = [a for o in whence for a in self.ctx.actors(o)
                 if (a.code or "")[:3] in ("IGO", "NGO")][:1] or lands or (
            list(self.located([verb]) or self.located(
                [verb, *_children(verb, "nsubjpass")], {"in", "of", "across", "throughout"}))
            if act.kind not in EXPULSIONS else [])
        if not doers:
            return [], act
        return doers, replace(act, targets=done_to or act.targets)

    def shown_by_thing(self, verb) -> bool:
        """Whether a verb of showing has only things as subjects, not actors nor what they
        said ("Netanyahu's unwavering commitment ... underscore the gravity": nobody speaks;
        "the ministry's statement underlined" is the ministry's)."""
        subjects = _children(verb, "nsubj")
        subjects += [c for s in subjects for c in s.conjuncts]
        return bool(subjects) and all(
            s.pos_ == "NOUN" and s.i not in self.ctx.mentions and self.ctx.role(s) is None
            and s.lemma_.lower() not in lx.SPEECH_NOUNS and s.lemma_.lower() not in lx.QUANTITIES
            and s.lemma_.lower() not in self.ctx.dictionary.descriptions for s in subjects)

    def declined_comment(self, verb) -> list[_Act]:
        """Refusing to say, confirm or elaborate, or "to be drawn on" something: declining
        to comment (CAMEO 011)."""
        for c in _children(verb, "xcomp"):
            lemma = c.lemma_.lower()
            if lemma in lx.COMMENT_VERBS and (lemma != "draw" or _children(c, "auxpass")):
                return [_Act("comment", c, (), False, _span(c))]
        return []

    def called_out(self, verb, lemma, neg) -> list[tuple]:
        """A strike, a protest or a boycott called ("the opposition called a general strike
        that paralysed Maputo"): the protest of those who call it (CAMEO 14), not an appeal;
        "called off" ends it (see halt_verbs), "called for" asks for it."""
        if lemma != "call" or _children(verb, "prt"):
            return []
        for o in _children(verb, "dobj"):
            kind = _noun_act(o)
            if kind in lx.DISSENT:
                self.consumed.add(o.i)
                act = self.by_protest(verb, _Act(kind, o, self.noun_targets(o) or self.targets(
                    verb, exclude_objects=True), neg, _span(o)), self.subject(verb))
                return [(self.subject(verb), act, _aux_modality(verb), neg, verb, 0.9)]
        return []

    def judged(self, verb, lemma, neg) -> list[tuple]:
        """What a verb of judging gives a word of blame or praise ("called the Japanese
        prime minister's remarks irresponsible", "described Finland's decision as a grave
        mistake", "branded the sanctions illegal", "called Morocco's response exemplary"):
        criticism (CAMEO 111) or praise (051) of whoever it names or whose it is."""
        if lemma not in lx.JUDGING_VERBS or _children(verb, "prt") or lemma == "call" and any(
                p.lower_ in ("on", "for", "upon") and not any(
                    o.lower_ in TEMPORAL for o in _children(p, "pobj"))
                for p in _children(verb, "prep")):
            return []  # (not "called on X to", "called for": appeals)
        # (the word after what is judged, wherever the parser hangs it: "called India's
        # decision to revoke Kashmir's autonomy illegal", "described X's ban as reckless and
        # dangerous", "called Russia's decision ... a provocation")
        objects = _children(verb, "dobj")
        after = min((o.i for o in objects), default=verb.i)
        judging = (*lx.BLAMING_WORDS, *lx.PRAISING_WORDS)
        words = [c for c in verb.children if c.dep_ in ("oprd", "ccomp", "xcomp", "acomp")] + [
            w for w in verb.subtree if w.i > after and w.lemma_.lower() in judging and w.dep_ in (
                "oprd", "ccomp", "xcomp", "acomp", "dobj", "advmod", "amod", "pobj", "conj",
                "attr", "npadvmod")]
        for word in words:
            said = {word.lemma_.lower(), *(c.lemma_.lower() for c in word.children
                                           if c.dep_ in ("amod", "compound", "acomp"))}
            kind = "criticize" if said & lx.BLAMING_WORDS else "praise" if (
                said & lx.PRAISING_WORDS) else None
            # (what is judged: the object, the word's subject, or the word itself when the
            # parser makes it the head: "[Morocco's response exemplary]")
            judged = [o for o in _children(verb, "dobj") if o.i != word.i] or _children(
                word, "nsubj") or [word]
            if kind is None or not judged:
                continue
            told = tuple(a for o in judged for a in (
                [a for a in self.ctx.actors(o) if a.code] or self.owner(o)))
            if not told:
                continue
            self.unsaid(verb)
            act = _Act(kind, verb, told, neg, _span(verb))
            return [(self.subject(verb), act, None, neg, verb, 0.9)]
        return []

    def admitted(self, verb, lemma, neg) -> list[tuple]:
        """Owning a deed, a fault or a failure (CAMEO 015): "admitted that soldiers had
        committed abuses", "admitted killing civilians", "acknowledged mistakes"; what is
        owned is no act reported besides. Not patients admitted, applause acknowledged."""
        if lemma not in lx.ADMITTING_VERBS:
            return []
        owned = _children(verb, "ccomp") or [c for c in _children(verb, "xcomp")
                                             if c.tag_ == "VBG"]
        if not owned and not any(o.lemma_.lower() in lx.ADMISSIONS
                                 for o in _children(verb, "dobj")):
            return []
        self.unsaid(verb)
        act = _Act("claim_responsibility", verb, (), neg, _span(verb))
        return [(self.subject(verb), act, None, neg, verb, 0.9)]

    def refused_outright(self, verb, lemma) -> list[tuple]:
        """What an actor says it will never or would not do, the lexicon naming no act for it
        ("would not allow the United States to use its bases", "will never accept any more
        refugees"): a rejection (CAMEO 120), of whom the verb names; not a thing's future
        ("inflation would not fall": no actor), nor words ("would not say")."""
        sources = self.subject(verb)
        if lemma in lx.COMMENT_VERBS or lemma in lx.ATTRIBUTION_VERBS or not any(
                a.code for a in sources) or not _children(verb, "dobj", "xcomp", "ccomp"):
            return []
        # (whom it would not let do a thing: "would not allow the United States to use")
        allowed = tuple(a for d in _children(verb, "ccomp", "xcomp", "dobj")
                        for s in ([d] if d.dep_ == "dobj" else _children(d, "nsubj"))
                        for a in self.ctx.actors(s))[:1]
        act = _Act("request", verb, self.targets(verb) or allowed, False, _span(verb))
        return [(sources, act, "refusal", False, verb, 0.85)]

    def withheld(self, verb) -> list[_Act]:
        """Refusing to give details or figures, or to name whoever it is, to no one named
        ("declined to give details", "refused to name the suspects"): declining to comment
        (CAMEO 011), not information withheld from someone (1214)."""
        for c in _children(verb, "xcomp"):
            lemma = c.lemma_.lower()
            if _children(c, "dative") or any(p.lower_ in ("to", "with")
                                             for p in _children(c, "prep")):
                continue
            if lemma in lx.NAMING_VERBS and _children(c, "dobj") or (
                    lemma in lx.DISCLOSING_VERBS and any(o.lemma_.lower() in lx.DISCLOSURES
                                                         for o in _children(c, "dobj"))):
                return [_Act("comment", c, (), False, _span(c))]
        return []

    def unsaid(self, verb) -> None:
        """What one declines to comment on is not reported ("refused to say whether Putin
        would attend": no intent to attend); what a relative clause says of it is ("declined
        to comment on the strike, which Syrian media blamed on Israel")."""
        stack = [c for c in verb.children if c.dep_ != "relcl"]
        while stack:
            t = stack.pop()
            if t.pos_ in ("VERB", "AUX"):
                self.consumed.add(t.i)
            stack.extend(c for c in t.children if c.dep_ != "relcl")

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
        if lemma == "threaten":
            # threatened to do what the lexicon does not name ("to turn Seoul into a sea of
            # fire", "to close the Strait of Hormuz"): a threat, to whom it would be done
            for c in _children(verb, "xcomp"):
                if any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                    self.consumed.add(c.i)
                    return [_Act("threaten", verb, tuple(
                        a for o in _children(c, "dobj") for a in self.ctx.actors(o)),
                        False, _span(verb))]
        if lemma not in lx.WARNING_VERBS:
            return []
        # "warned X of a decisive fight": the force named (CAMEO 138)
        hostile = [o for o in things if _noun_act(o) in lx.HOSTILE]
        if hostile:
            return [_Act(_noun_act(hostile[0]), hostile[0], (), False, _span(hostile[0]))]
        # "warned it would take countermeasures (turn Seoul into a sea of fire) if X ...":
        # what the warner itself says it would do, on a condition or as a consequence, is a
        # threat to whom the condition names (a forecast, "warned the economy would shrink",
        # is none)
        for c in _children(verb, "ccomp"):
            own = any(s.lower_ in ("it", "they", "we") for s in _children(c, "nsubj"))
            modal = any(a.lower_ in ("would", "will", "could", "might", "may")
                        for a in _children(c, "aux"))
            conditions = [a for a in _children(c, "advcl") if any(
                m.lower_ in ("if", "unless") for m in _children(a, "mark"))]
            consequences = any(w.lemma_.lower() in lx.CONSEQUENCE_NOUNS for w in c.subtree)
            if own and modal and (conditions or consequences):
                targets = tuple(a for d in conditions for s in _children(d, "nsubj")
                                for a in self.ctx.actors(s))
                return [_Act("threaten", verb, targets, False, _span(verb))]
        return []

    def denial(self, verb, lemma, neg) -> list[tuple]:
        """"X denied that its troops had fired", "denied giving support to Y", "rejected
        accusations that it had armed Y", "dismissed a U.N. report accusing it of ...": a
        denial (CAMEO 016) by X; what is denied is reported as not done, so it is no event.
        Its target is the accuser when named ("Ukraine's accusations", "a U.N. report")."""
        if lemma not in lx.DENIAL_VERBS and lemma not in lx.DISMISSAL_VERBS:
            return []
        # ("dismissed as baseless reports that ...": the parser may hang them on the "as")
        objects = _children(verb, "dobj", "dative") or [
            o for p in _children(verb, "prep") if p.lower_ == "as" for o in _children(p, "pobj")
            if o.lemma_.lower() in lx.ACCUSATION_NOUNS]
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

    def forecast(self, verb, act: _Act) -> bool:
        """Whether a warning's act lies in a clause that foretells or describes, not one the
        warner threatens: one whose subject is another's ("warned that Israel would attack
        Iran") or that states how things are ("warned that Europe was not prepared for a
        long war"). Its own deeds ("warned that it would retaliate") and what would meet
        an act ("that any attack would be met with force") stay threats."""
        own = {(a.code or "")[:3] for a in self.subject(verb)}
        for c in _children(verb, "ccomp"):
            if not c.left_edge.i <= act.head.i <= c.right_edge.i:
                continue
            if c.i < verb.i and _speaks_for(verb):
                return False  # the warning told first, then by one of its subject's own
                # ("Qatar will leave the GCC, its foreign minister warned")
            # (a subject that names an actor itself, not a thing of one: "NATO expansion")
            others = [a for s in _children(c, "nsubj", "nsubjpass")
                      if s.i in self.ctx.mentions or self.ctx.role(s)
                      for a in self.ctx.actors(s)
                      if a.code and a.code not in AGENT_CODES and a.code[:3] not in own]
            modal = any(a.lower_ in ("would", "will", "could", "might", "may")
                        for a in _children(c, "aux", "auxpass"))
            described = c.lemma_.lower() in ("be", "face", "remain") or bool(
                _children(c, "auxpass"))  # "was not prepared for", "faced", "is threatened"
            return bool(others) or (described and not modal)
        return False

    def attack_to_assault(self, verb, act: _Act) -> _Act:
        """An attack or an arrest whose doers go on, in a clause of their own, to take
        hostages, abduct, execute, beat or torture ("attacked a school and abducted 110 girls",
        "stormed a hotel and took 170 people hostage"): that assault is the news (CAMEO 18),
        done to whom the attack was, when it names no one else. So is an arrest whose verb
        shares its object with the assault's ("detained and tortured a journalist", "arrested
        and beat protesters"); one with its own ("rounded up hundreds of men and executed
        many of them") is told apart from it."""
        if act.kind not in ("force", "small_arms") and not (
                act.kind == "arrest" and not _children(verb, "dobj")):
            return act
        for c in _children(verb, "conj"):
            if c.pos_ != "VERB" or _children(c, "nsubj"):
                continue
            then = self.act_of_verb(c)
            if then is not None and lx.ACT_CODES[then.kind][:2] == "18":
                # (people named by age or sex alone taken where the attack was are its
                # people: "attacked a school and abducted 110 girls", its pupils)
                theirs = all(t.via == "role" and not t.name and actor_agent(t.code) == "CVL"
                             for t in then.targets) and any(
                    actor_agent(t.code) in PEOPLE_SECTORS - {"CVL"} for t in act.targets)
                return replace(act, kind=then.kind, targets=act.targets if theirs else (
                    then.targets or act.targets))
        return act

    def refused_clause(self, token) -> list[_Act]:
        """What one is not ready, prepared or willing to do when the lexicon names no act for
        it ("was not prepared to postpone the referendum"): a rejection all the same (CAMEO
        120, as "would not postpone" is); not a state nor a comment ("not ready to say")."""
        if token.lemma_.lower() not in ("ready", "prepared", "willing") or not _negated(
                token.head):
            return []
        return [_Act("request", c, self.targets(c), False, _span(c))
                for c in _children(token, "xcomp") if c.pos_ == "VERB"
                and c.lemma_.lower() not in lx.STATE_VERBS
                and c.lemma_.lower() not in lx.COMMENT_VERBS][:1]

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

    def concern_at(self, verb, act: _Act) -> _Act:
        """Concern voiced at what another did or decided ("voiced concern over Venezuela's
        decision to deploy troops", "over Hungary's new media law", "over the arrest of
        opposition leaders in Cambodia"): a criticism of them (CAMEO 111); concern at a state
        of things ("the growing budget deficit", "the missile launches") stays pessimism."""
        homes = _homes(self.subject(verb))
        for o in (o for t in (verb, *_children(verb, "dobj")) for p in _children(t, "prep")
                  if p.lower_ in ("over", "about", "at", "regarding")
                  for o in _children(p, "pobj")):
            kind = _noun_act(o)
            if kind is None and o.lemma_.lower() not in lx.STATEMENT_NOUNS:
                continue
            # (where the measure is taken, on it or on whom it is taken: "the arrest of
            # opposition leaders in Cambodia")
            doers = [a for a in self.owner(o) if a.code and a.code not in AGENT_CODES] or (
                list(self.located([o]) or self.located(
                    [c for p in _children(o, "prep") if p.lower_ == "of"
                     for c in _children(p, "pobj")], where=frozenset({"in"})))
                if kind in STATE_MEASURES else [])
            if doers and homes and not any(_home(a.code) in homes for a in doers):
                return replace(act, kind="criticize", targets=tuple(doers))
        return act

    def intended_abroad(self, clause, sources) -> tuple[Actor, ...]:
        """Whom an intended clause whose act the lexicon lacks is done with, when it is
        another country or body than the intending one's ("send a team of engineers to
        Paraguay", "open a consulate in Jerusalem", "double its purchases of Bolivian gas");
        nothing for a verb of saying, being or answering, a game, or what is done against
        one."""
        lemma = clause.lemma_.lower()
        if clause.pos_ != "VERB" or lemma in lx.STATE_VERBS or lemma in lx.ATTRIBUTION_VERBS \
                or lemma in lx.COMMENT_VERBS or lemma in lx.REACTING_VERBS or _negated(clause) \
                or any(p.lower_ == "against" for p in _children(clause, "prep")) or any(
                    w.lemma_.lower() in lx.CONTEST_WORDS or w.lemma_.lower() in lx.CONTESTS
                    for w in clause.subtree):
            return ()
        homes = _homes(sources)
        if not homes:
            return ()
        # (or a country or place its objects' phrases name: "open a consulate in the Yemeni
        # port of Aden", "double its purchases of Bolivian gas")
        mentions = self.ctx.mentions
        named = [a for o in _children(clause, "dobj") for p in o.children
                 if p.dep_ in ("prep", "amod", "compound") for w in p.subtree
                 if w.i in mentions and mentions[w.i][2].kind in ("country", "place")
                 for a in self.ctx.actors(w)]
        return tuple(a for a in [*self.targets(clause), *named] if a.code
                     and a.code not in AGENT_CODES and _home(a.code) not in homes)

    def embed(self, verb, modality: str) -> None:
        """Mark the clauses a stance governs (its complements and their conjuncts, down
        through nested complements) as its content."""
        stack = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") or (
            c.dep_ in ("advcl", "acl") and any(
                (a.dep_ == "aux" and a.lower_ == "to") or a.dep_ in ("nsubj", "mark")
                for a in c.children) and not any(  # "vowed revenge after X bombed": done
                a.dep_ == "mark" and a.lower_ in CAUSES for a in c.children))]
        stack = stack or _stranded_clauses(verb)  # (as complements reads them)
        while stack:
            t = stack.pop()
            if t.pos_ in ("VERB", "AUX"):
                self.embedded.setdefault(t.i, modality)
            # (and what that is for: "ready to work with X to deepen cooperation")
            stack.extend(c for c in t.children if c.dep_ in ("xcomp", "ccomp", "conj") or (
                c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to"
                                          for a in c.children)))

    def code_noun(self, noun, lemma) -> list[tuple]:
        headline = self.talk_state(noun, lemma) if noun.dep_ == "ROOT" else []
        if headline:  # "Talks collapse as union walks out": a verb read as a noun
            return headline
        withheld = self.no_comment(noun, lemma)
        if withheld:
            return withheld
        # force any act noun names is an event where people died in it ("six soldiers died in
        # Indian artillery fire")
        died_in = lemma not in lx.EVENT_NOUNS and lemma not in lx.MODAL_NOUNS and bool(
            self.killed_in(noun))
        # what "there was" reports is a deed told, as one held or staged is ("there were
        # joint exercises", "there were talks between X and Y")
        told = _existential(noun) and lemma not in lx.MODAL_NOUNS and _noun_act(noun) is not None
        if noun.i in self.consumed or (
                lemma not in lx.MODAL_NOUNS and lemma not in lx.EVENT_NOUNS and not died_in
                and not told) or self._doubted(noun):
            return []
        if lemma in lx.MODAL_NOUNS:
            modality = lx.MODAL_NOUNS[lemma]
            if modality in (*INNER_STANCES, "threat") and _fulfilled(noun):
                modality = None  # "fulfilled its promise of fuel": the fuel given
            self.embed(noun, modality)
            acts = _not_using_force(modality, self.complements(noun), self.owner(noun))
            asked = self.addressees(noun) if modality in ("appeal", "demand", "propose") else ()
            for clause in [] if acts else self.misattached(noun):
                # "renewed his call for the factions to respect the truce": the parser hangs
                # the call's clause on the verb; it is what is called for, of its subject
                self.embed(clause.head, modality)
                acts = _not_using_force(modality, self.acts_of_clause(clause), self.owner(noun))
                asked = asked or tuple(a for n in _children(clause, "nsubj")
                                       for a in self.ctx.actors(n))
            if not acts and noun.dep_ == "dobj" and noun.head.lemma_.lower() in lx.STANCE_VERBS:
                # "expressed willingness on Monday to host talks": the "to" phrase the parser
                # hangs on the verb past a circumstance is what the stance is about
                for p in _children(noun.head, "prep"):
                    if p.lower_ == "to" and p.i > noun.i:
                        acts = _not_using_force(modality, [
                            a for o in _children(p, "pobj") for a in self.acts_of_noun(o)],
                            self.owner(noun))
            if not acts and modality in ("intent", "propose", "vow"):
                # "signalled its willingness to renegotiate its oil contracts with Chinese
                # firms": whatever the act the lexicon lacks, intended with another country
                # (CAMEO 030), as for the verb
                abroad = next((found for c in _children(noun, "acl") if any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in c.children) and (
                    found := self.intended_abroad(c, self.stance_holder(noun)))), ())
                acts = [_Act("request", noun, abroad, False, _span(noun))] if abroad else []
            if not acts and modality == "refusal":
                # a rejection of a thing ("the rejection of the peace plan by the rebels"):
                # of what that thing stands for, as for the verb
                acts = [a for p in _children(noun, "prep") if p.lower_ == "of"
                        for o in _children(p, "pobj") for a in self.rejected_acts(o)]
            if asked:  # "X's proposal that Y free the hostages": to Y, as for the verb
                acts = [replace(a, targets=asked) for a in acts]
            stated = noun.head if noun.dep_ in ("dobj", "nsubjpass") and \
                noun.head.lemma_.lower() in lx.STANCE_VERBS else None
            if modality == "threat" and stated is not None:
                # a threat made, issued, delivered to or against someone ("an ultimatum was
                # delivered to X", "threats of sanctions were issued against Y"): a threat to
                # them, of the act named, else of none (CAMEO 130; an ultimatum 139)
                told = self.targets(stated, exclude_objects=True)
                acts = [a if a.targets else replace(a, targets=told) for a in acts] or [
                    _Act("ultimatum" if lemma == "ultimatum" else "threaten", noun, told,
                         False, _span(noun))] if told or lemma == "ultimatum" else acts
            neg = _negated(noun)
            if neg and modality in INNER_STANCES:  # "has no intention of withdrawing"
                modality, neg = "refusal", False
                acts = [a for a in acts if lx.combined_code("refusal", a.kind) is not None]
            # (a stance stated, "expressed willingness to", "voiced readiness to", is as sure
            # as one told by its adjective, "was willing to")
            sure = 0.9 if noun.dep_ == "dobj" and noun.head.lemma_.lower() in lx.STANCE_VERBS \
                else 0.75
            holders = self.stance_holder(noun)
            return [(holders, _workers_strike(a, holders), modality, neg, noun, sure)
                    for a in acts]
        if (lemma in lx.EVENT_NOUNS or died_in or told) and not _planned(noun):
            kind = _noun_act(noun)
            owners = self.owner(noun)
            of = [o for p in _children(noun, "prep") if p.lower_ == "of"
                  for o in _children(p, "pobj")]
            if not owners:  # "the mobilisation of 360,000 reservists by the army": the
                # parser may hang the noun's agent on its "of" phrase
                owners = [a for o in of for p in _children(o, "prep") if p.lower_ == "by"
                          for n in _children(p, "pobj") for a in self.ctx.actors(n)][:1]
            if kind == "break_relations" and not owners and lx.NOUN_VERBS.get(lemma) in (
                    "recall", "withdraw"):
                # one's own envoy called home ("the withdrawal of Colombia's ambassador from
                # Quito"): whose the envoy is
                owners = [a for o in of for a in self.owner(o)]
            parties = self.participants(noun) if _existential(noun) and not owners else []
            if parties:
                # "there was close cooperation between Thai and Malaysian police", "there were
                # joint exercises between Iran and Russia": the first party's with the others
                owners = parties[:1]
            held_in = self.located([noun], frozenset({"in", "across", "throughout"})) if (
                kind in lx.DISSENT and not owners and _existential(noun)) else ()
            if held_in:
                # "there were protests in several Kenyan towns": by the people of where they
                # were held, as "protests were held in" reads (not a market's "rally in
                # coffee prices")
                owners = [Actor(_subtree_text(noun), f"{held_in[0].code}OPP", held_in[0].name,
                                "role")]
            if kind in lx.DISSENT and not owners and noun.dep_ == "nsubj":
                # "a general strike paralysed Nepal": those of where it happened
                owners = self.dissenters(noun.head, kind)
            if kind in ("mobilize", "show_force") and not owners:
                # "the build-up of Russian forces": whose forces are built up
                owners = [a for o in of if o.lemma_.lower() in lx.FORCES
                          for a in self.ctx.actors(o)]
            left = tuple(a for p in _children(noun, "prep") if p.lower_ == "from"
                         for o in _children(p, "pobj") for a in self.ctx.actors(o))
            if kind == "withdraw" and left and all(
                    (a.code or "").startswith("IGO") for a in left):
                # a withdrawal from an international body ("Russia's withdrawal from the
                # Council of Europe", "the withdrawal of Mali from ECOWAS"): membership ended,
                # relations reduced (CAMEO 160), as "withdrew from" reads
                kind = "reduce_relations"
                owners = owners or [a for o in of for a in self.ctx.actors(o)]
            else:
                left = ()
            stay = self.stay(noun) if kind == "visit" else None
            if kind == "visit" and not owners and stay is not None:
                owners = self.subject(stay[0])  # "the president is due in X for a visit"
            if kind is not None and owners:
                # ("died in an Israeli air strike": whoever died)
                targets = left or tuple(parties[1:2]) or tuple(
                    a for a in self.noun_targets(noun)
                    if a.code not in {h.code for h in held_in}) or (
                    self.sufferers(noun) if kind in lx.HOSTILE else ()) or (
                    stay[1] if stay is not None else ()) or (
                    # an envoy called home from a capital: its country ("the withdrawal of
                    # its ambassador from Madrid")
                    next(filter(None, map(self.left, [noun, *of])), ())
                    if kind == "break_relations" else ())
                act = self.by_protest(noun, _Act(kind, noun, targets, _negated(noun),
                                                 _span(noun)), owners)
                return [(owners, act, None, act.negated, noun, 0.7)]
        return []

    def no_comment(self, noun, lemma) -> list[tuple]:
        """No comment, statement or remark had, made, given or offered ("the ministry had no
        comment on reports that ...", "gave no statement"): declining to comment (CAMEO 011),
        what it was about not reported."""
        if lemma not in lx.SPEECH_NOUNS or noun.dep_ != "dobj" or not any(
                c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
            return []
        speakers = self.subject(noun.head)
        if not speakers:
            return []
        self.unsaid(noun)  # (as "declined to comment" is read: a comment refused)
        return [(speakers, _Act("comment", noun, (), False, _span(noun)), "refusal", False,
                 noun, 0.9)]

    def ended_by(self, verb) -> tuple[Actor, ...]:
        """Whose doing an end, halt or stop asked for by ``verb`` ends ("an end to Israel's
        operations", "a halt to the junta's crackdown")."""
        asked = [*_children(verb, "dobj"), *(o for p in _children(verb, "prep")
                                             if p.lower_ == "for" for o in _children(p, "pobj"))]
        return tuple(a for o in asked if o.lemma_.lower() in lx.ENDING_NOUNS
                     for p in _children(o, "prep") if p.lower_ in ("to", "of")
                     for n in _children(p, "pobj") for a in self.owner(n))[:1]

    @staticmethod
    def misattached(noun) -> list:
        """The "for X to do" clause of a stance noun that is a verb's object, which the parser
        may hang on the verb ("renewed his call for the rebels to disarm")."""
        if noun.dep_ != "dobj":
            return []
        return [c for c in _children(noun.head, "advcl") if c.i > noun.i and any(
            m.dep_ == "mark" and m.lower_ == "for" for m in c.children)][:1]

    def stay(self, noun) -> tuple | None:
        """Where a visitor is for the visit a noun names, by the verb whose "for" or "on"
        phrase it is ("was in Algiers for the first state visit", "is due in Baghdad for a
        two-day visit"): that verb, and the country of its "in" or "to" place."""
        if noun.dep_ != "pobj" or noun.head.lower_ not in ("for", "on"):
            return None
        verb = noun.head.head
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        places = tuple(land for t in [verb, *_children(verb, "acomp")]
                       for p in _children(t, "prep") if p.lower_ in ("in", "to")
                       for o in _children(p, "pobj") for land in [self.ctx.land(o)] if land)
        return (verb, places[:1]) if places else None

    def _doubted(self, noun) -> bool:
        token = noun
        for _ in range(4):
            if token.head.i == token.i:
                return False
            token = token.head
            if token.lemma_.lower() in lx.DOUBT_NOUNS:
                return True
        return False


#: The modal auxiliaries that say what someone ought to do, and the stance a speaker takes in
#: saying so of another: asking ("should") or demanding ("must").
OUGHT = {"should": "appeal", "ought": "appeal", "must": "demand"}

VIOLENT_ROOTS = frozenset({"18", "19", "20"})
#: Verbs of deciding: relations reduced by a decision are reduced, not threatened.
DECIDING_VERBS = frozenset({"decide", "opt", "resolve"})


def _same_scale(root: str, label: str) -> bool:
    """Whether the classifier's root for a sentence confirms an act's: the same, or both on
    the scale of violence (assault, fighting, mass violence), whose grade the rules decide
    ("carpet-bombed" is 20 where the classifier reads bombing, 19)."""
    return root == label or (root in VIOLENT_ROOTS and label in VIOLENT_ROOTS)


def _done_jointly(token) -> bool:
    """Whether a deed (a verb, or the noun that names it) is said to be done jointly:
    "jointly", "together", "a joint (combined) operation", "in a joint operation"."""
    return any(c.lower_ in lx.JOINT_ADVERBS for c in _children(token, "advmod")) or any(
        m.dep_ == "amod" and m.lower_ in ("joint", "combined")
        for o in [token, *(o for p in _children(token, "prep") for o in _children(p, "pobj"))]
        for m in o.children)


#: Verbs of calling an envoy in: what they are called in to hear is the caller's act.
SUMMONING_VERBS = frozenset({"summon", "convoke"})
#: What a vehicle does to a bomb or mine that goes off under it, and vehicles beside
#: ``lexicon.VEHICLES`` that carry troops or travellers on roads.
MINE_STRIKES = frozenset({"strike", "hit", "run", "drive", "roll", "trigger", "detonate"})
CARRIERS = frozenset({"vehicle", "convoy", "jeep", "patrol", "tank", "humvee", "van", "minibus",
                      "motorcycle", "motorbike", "pickup", "lorry", "carrier", "transporter"})


def _rejected(verb) -> list:
    """What a verb of rejecting rejects: its object, or in the passive with its agent named
    its subject ("Turkey's call for a ceasefire was rejected by Armenia")."""
    return _children(verb, "dobj") or (
        _children(verb, "nsubjpass") if _children(verb, "agent") else []) or [
        o for p in _children(verb, "prep") if (verb.lemma_.lower(), p.lower_) in lx.MODAL_PHRASES
        for o in _children(p, "pobj")]  # "balked at X's demand"


def _contest(verb) -> bool:
    """Whether a predicate reports a game, not a political act: its doers are a sport's team
    or players ("the rugby team landed in X", "Pakistan's cricketers"), a score goes with it
    ("beat Argentina 3-0"), or a verb of winning is done in a contest ("defeated Ghana in the
    final"). What is done to a team stays an act ("gunmen attacked the cricket team's bus")."""
    for doer in _children(verb, "nsubj"):  # a team of a sport, a player (not "football
        # fans", "volleyball crowds": a riot of theirs is one)
        head = doer.lemma_.lower()
        if head in lx.CONTEST_WORDS or head in lx.TEAM_WORDS and any(
                w.lemma_.lower() in lx.CONTEST_WORDS for w in doer.subtree):
            return True
    if verb.lemma_.lower() not in lx.CONTEST_VERBS:
        return False  # (a vote's tally is no score: "adopted 14-0")
    around = [w for c in verb.children if c.dep_ in ("prep", "npadvmod", "advmod", "dobj")
              for w in c.subtree]
    return any(w.lemma_.lower() in lx.CONTEST_WORDS for w in around) or any(
        a.like_num and b.text in "-–" and c.like_num  # a score: "3-0", "2–1"
        for a, b, c in zip(around, around[1:], around[2:]))


def _stance_of_verb(verb, lemma: str) -> str | None:
    """The stance a verb of the lexicon's ``modal_verbs`` reports here, or None when this use
    reports none: "expect" and "is set/scheduled to" only with a to-clause (and "X expects
    to" is an intent); "called X" is no appeal ("called for", "called on" are phrases); and a
    verb of saying over a clause that states a fact ("insisted that its troops had not
    fired", "suggested that the talks had failed") reports it rather than asks for it."""
    modality = lx.MODAL_VERBS[lemma]
    if modality == "expected":
        passive = _passive(verb)
        if lemma == "expect" and not passive:
            return "intent" if _children(verb, "xcomp") else None
        if not passive or not _children(verb, "xcomp"):
            return None
    if lemma == "call" or _proceeds(verb):
        return None
    if lemma in lx.LIGHT_VERBS and any(
            lx.ACT_CODES.get(_noun_act(o) or "", "")[:2] in ("18", "19", "20")
            for o in _children(verb, "dobj", "nsubjpass")):
        return None  # "committed genocide (a massacre) against X": the deed, no pledge; so
        # in the passive ("the massacre was committed by government soldiers")
    if modality == "demand" and any(
            w in lx.VERB_OBJECTS.get(lemma, {}) for o in _children(verb, "dobj")
            for w in _object_words(o)):
        return None  # what the verb does to its object ("summoned the ambassador": a
        # complaint to the envoy's state), not what it asks of it
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


def _speaks_for(verb) -> bool:
    """Whether a verb of saying told after its words is said by one who belongs to someone
    the words have named ("..., its foreign minister warned", "..., their spokesman said"):
    one of that side's own."""
    return any(p.dep_ == "poss" and p.pos_ == "PRON" and p.lower_ != "my"
               for s in _children(verb, "nsubj") for p in s.children)


def _existential(noun) -> bool:
    """Whether a noun is what "there was" or "there were" reports ("there were strikes in
    several cities"): a deed told as happening, with no verb of its own to say by whom."""
    return noun.dep_ in ("attr", "nsubj") and noun.head.lemma_ == "be" and bool(
        _children(noun.head, "expl"))


def _planned(noun) -> bool:
    """Whether an event noun names what is still to come ("ahead of the opposition rally",
    "before the planned strike"): not an event reported."""
    head = noun.head
    if head.dep_ == "prep" and head.lower_ == "of":
        head = head.head
    return head.lower_ in ("ahead", "before", "prior") or any(
        c.dep_ == "amod" and c.lower_ in ("planned", "proposed", "threatened", "upcoming")
        for c in noun.children)
