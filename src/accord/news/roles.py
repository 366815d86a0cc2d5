"""Who does an act and who it is done to: the semantic roles of a predicate's actors.

The first layer of the event coder (:mod:`accord.news.acts` reads what is done,
:mod:`accord.news.coder` how it is reported). For a verb or noun of a parsed sentence it finds
the sources in the subject (following control: in "leaders vowed to resume operations" the
leaders resume), the targets in the object, a dative, a ``with``/``against``/``on`` phrase or,
in the passive, the subject, and the targets a sentence only implies (the country a struck town
is in, who a threat's condition names, whom speakers told). Actors themselves come from
:mod:`accord.news.mentions`; the roles follow PETRARCH-2's source/target reading of the parse
(Norris, Schrodt and Beieler 2017).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import lexicon as lx
from .actors import AGENT_CODES, Actor, actor_agent, actor_root
from .mentions import (
    ASSEMBLIES,
    MISSIONS,
    NOUNISH,
    PATRONS,
    PEOPLE_SECTORS,
    PLACE_NOUNS,
    PRONOUNS,
    STATE_AGENTS,
    TEMPORAL,
    _Context,
    _named_for,
    _subtree_text,
)
from .predicates import (
    _children,
    _conditional,
    _goods,
    _noun_act,
    _noun_lemma,
    _wanted_by_law,
)

if TYPE_CHECKING:
    from .acts import _Act

TARGET_PREPS = {"with", "against", "on", "at", "to", "toward", "towards", "into", "upon",
                "between", "among"}
IMPLIED_PREPS = frozenset({"against", "over", "into", "to", "toward", "towards", "on", "with",
                           "around", "along", "from", "behind"})  # ("threw its weight behind")
# The acts of a speaker's statement (CAMEO 01 comments) that :meth:`_Coder.statement` makes.
STATEMENTS = frozenset({"comment", "pessimism"})
# What force is aimed at: "fired mortars at the palace in X".
AIMED_PREPS = frozenset({"at", "on", "against", "into", "toward", "towards"})
# What marks a clause as what happened before a stance, or caused it ("vowed revenge after X
# bombed its camps"): reported as done, not as the stance's content.
CAUSES = frozenset({"after", "since", "because", "as", "when", "following", "once"})
# A state's forces, which a withdrawal or mobilisation moves ("withdrew troops", "deployed
# police").
FORCES = frozenset({"MIL", "COP", "SPY"})
# The stances whose targets are who is asked or threatened, not what is moved.
ASKED = frozenset({"appeal", "demand", "threat"})
# Acts done to one's own forces: "Russia withdrew its troops" has no target.
OWN_FORCES = frozenset({"withdraw", "demobilize", "mobilize", "alert", "show_force",
                        "police_power", "police_alert"})


# Verbs that move their subject (with the lexicon's verbs of visiting and leaving, read when
# asked: importing the coder does not load the lexicon), and the prepositions of where to or
# whence: the place is a destination, not a target ("left for Qatar", "returned to Vienna").
MOTION_VERBS = frozenset({"return", "head", "flee", "move"})
MOTION_PREPS = frozenset({"to", "into", "for", "from", "toward", "towards"})
# Acts of meeting and talking: the places they are held in and what they are about are no
# party to them ("returned to the talks in Beijing", "a conference on Afghanistan").
TALK_ACTS = frozenset({"talks", "consult", "resume_talks", "halt_talks", "talks_halted",
                       "collapse_talks", "host", "mediate"})
#: Verbs of setting up a body: it acts for whoever set it up ("a panel appointed by X").
APPOINTING_VERBS = frozenset({"appoint", "commission", "set", "form", "create", "establish",
                              "name", "mandate", "task", "hire", "convene", "constitute"})
#: Bodies and people set up or hired to act for another (unlike :data:`mentions.BODIES`,
#: bodies of people whose role word says whose they are).
APPOINTED = frozenset({"panel", "commission", "committee", "team", "board", "body", "council",
                    "tribunal", "mission", "auditor", "investigator", "inspector", "expert",
                    "force", "group", "unit", "agency", "envoy", "mediator"})
PARTY_PREPS = frozenset({"with", "between", "among", "to", "from"})
# Verbs by which a complaint or request names what it seeks ("a lawsuit seeking", "a
# petition calling for", "a motion demanding").
SEEKING_VERBS = frozenset({"seek", "demand", "call", "ask", "request", "urge", "press"})
# ... and by which a message says what it asks or charges ("wrote to X appealing for",
# "a letter to X protesting").
ASKING_VERBS = frozenset({"appeal", "plead", "insist", "protest", "complain", "accuse",
                          "warn", "threaten", "propose", "offer"})
# What talks are about ("talks on Kosovo", "met over the crisis"), and the verbs whose object
# is ("discussed Iran's nuclear programme", "to discuss refugees from South Sudan").
TOPIC_PREPS = frozenset({"on", "over", "about", "regarding", "concerning"})
# What is put to a body's vote ("a draft resolution at the Security Council").
MOTIONS = frozenset({"resolution", "draft", "motion", "statement", "declaration", "communique"})
TOPIC_VERBS = frozenset({"discuss", "debate"})
#: CAMEO's roots of force: where force is used, the place stands for its country.
FORCE_ROOTS = frozenset({"17", "18", "19", "20"})
#: CAMEO's residual code of a statement that says nothing more (no appeal, no stance).
PLAIN_STATEMENT = "010"
#: Verbs whose object is whom something is said to ("told parliament", "briefed reporters").
TELLING_VERBS = frozenset({"tell", "inform", "brief", "assure", "address", "remind", "notify"})
# What one talks by, and the prepositions that say so ("by telephone with X", "over the
# phone with X", "via video link with X").
CALLING_PREPS = frozenset({"by", "over", "on", "via"})
CALLING_MEANS = frozenset({"telephone", "phone", "link", "videoconference", "videolink",
                           "hotline", "video"})
# Verbs of letting another do something: who is let is whom it is granted or refused.
LETTING_VERBS = frozenset({"let", "allow", "permit"})
# The modalities of a bargain: what is offered, promised or refused on a condition.
BARGAINS = frozenset({"intent", "vow", "propose", "agree", "refusal"})
TOGETHER = frozenset({"with", "between", "among"})
# Where a rally is held beside a body, not pressing it (see :meth:`_Roles.not_held_at`),
# and the bodies so passed by.
HELD_AT = frozenset({"outside", "near", "opposite", "beside", "before", "at"})
HELD_BODIES = frozenset({"LEG", "JUD"})
# Verbs by which the press reports one "as saying": the one quoted is the speaker.
QUOTING = frozenset({"quote", "cite"})
# Verbs of what is shared with a partner: whom with is the party, what on is the topic
# ("exchanged information on al-Shabaab suspects with its Kenyan counterpart").
SHARING_VERBS = frozenset({"share", "exchange", "swap", "pool", "coordinate", "cooperate",
                           "collaborate"})
# The prepositions of whom or where force is used ("an attack on X", "the bombing of X",
# "the fighting in X").
SCENE_PREPS = frozenset({"on", "of", "against", "at", "in", "near", "inside", "across",
                         "around", "outside", "upon", "into"})
# Where force is used, besides in a place: "struck targets near Damascus airport", "hit
# energy facilities across Ukraine", "an airfield deep inside Russia" (the place's country is
# the target).
SCENE_OF_FORCE = frozenset({"in", "of", "near", "across", "around", "inside", "outside",
                            "throughout", "along"})
# Where forces are sent or shown: where force is used, and off a coast.
DEPLOYED_IN = SCENE_OF_FORCE | {"off"}
# Verbs of dying: their subject suffers the force their "in" phrase names.
DYING_VERBS = frozenset({"die", "perish"})
# Gatherings an act is done at: a venue, not a target ("said at the OPEC meeting").
GATHERINGS = frozenset({"meeting", "summit", "conference", "ceremony", "session", "forum",
                        "rally", "funeral", "gathering", "convention", "sideline", "sidelines",
                        "talks", "event", "celebration", "congress", "assembly", "briefing"})
# The CAMEO roots of acts that are not confrontations (statements, appeals, intents, meeting,
# cooperating, aid, yielding, inquiries, demands): a place or institution "at" which they are
# done is where, not whom ("said at the United Nations", "signed an accord at the White
# House"); criticism, threats, protest and force are aimed "at" their target ("lashed out at
# X", "fired at X").
VENUE_ROOTS = frozenset({"01", "02", "03", "04", "05", "06", "07", "08", "09", "10"})
# Participles that make who they name the broker of talks, not a party ("Norwegian-brokered
# talks", "Qatari-mediated talks", "U.N.-sponsored talks").
BROKERING = frozenset({"broker", "mediate", "host", "sponsor", "back", "facilitate", "brokered",
                       "mediated", "hosted", "sponsored", "backed", "facilitated"})
# Where a protest is held by a country's mission ("outside the French embassy", "in front of
# the U.S. consulate").
MISSION_PREPS = frozenset({"outside", "at", "near", "in", "before", "to", "toward", "towards"})
# What a speaker addresses to someone "in" ("said in a letter to the Security Council", "in a
# warning to Pyongyang"): its recipient is whom the speaker tells.
MESSAGES = frozenset({"letter", "message", "note", "warning", "appeal", "plea", "call",
                      "telephone", "phone", "statement", "speech", "address", "cable",
                      "telegram", "memo", "memorandum", "complaint", "response", "reply"})
# Verbs that hand something or someone over to a recipient (with the lexicon's verbs of giving).
TRANSFER_VERBS = frozenset({"extradite", "return", "surrender", "repatriate"})
# A state's acts of rule over a place (a crackdown, closures and bans, curfews, states of
# emergency): the place's own state's, not force used on it.
RULE = frozenset({"repress", "restrict", "ban_party", "curfew", "emergency"})
# Force postures (CAMEO 15): toward whoever did what they answer.
POSTURES = frozenset({"alert", "mobilize", "show_force", "police_alert", "police_power"})


# The prepositions that say where people come from or live ("workers in Chittagong",
# "farmers from Punjab", "teachers across Greece").
PEOPLE_FROM = frozenset({"in", "from", "across", "of"})


class _Roles:
    """The roles of the actors a sentence's mentions resolve to (``ctx``)."""

    def __init__(self, ctx: _Context) -> None:
        self.ctx = ctx

    # Subjects follow control: xcomp and participles take their governor's subject.
    def subject(self, verb) -> list[Actor]:
        for dep in ("nsubj", "csubj"):
            for c in _children(verb, dep):
                found = self.ctx.actors(c) or self.crowd(c) or self.appointed_by(c)
                if found:
                    return found
        for c in _children(verb, "dep", "npadvmod"):  # "NATO — the alliance of 32 nations —
            # said": the name its apposition between dashes describes, which the parser leaves
            # aside
            if c.i < verb.i and any(p.dep_ == "punct" and p.text in DASHES for p in c.children):
                found = self.ctx.actors(c)
                if found:
                    return found
            if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.left_edge.i == verb.sent.start \
                    and not _children(verb, "nsubj", "nsubjpass", "expl"):
                # a name opening the sentence, read as the verb's modifier ("UNICEF
                # distributed vaccines")
                found = self.ctx.actors(c)
                if found:
                    return found
        for agent in _children(verb, "agent"):
            for pobj in _children(agent, "pobj"):
                return self.ctx.actors(pobj)
        if not _children(verb, "nsubj", "nsubjpass", "csubj", "expl"):
            # "the gunmen holed up in the mosque surrendered": the parser takes the reduced
            # relative for a clause of its own, with the main verb's subject as its subject
            for c in _children(verb, "advcl"):
                if c.i < verb.i and not _children(c, "mark", "aux"):
                    found = [a for s in _children(c, "nsubj") for a in self.ctx.actors(s)]
                    if found:
                        return found
            # "Mali's junta set free 49 soldiers": the subject read as a modifier of the verb
            for c in _children(verb, "amod", "compound", "nmod", "poss"):
                found = self.ctx.actors(c) if c.i < verb.i else []
                if found:
                    return found
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
            carrier = _carrier(verb)  # ("sent a letter to X demanding": not X)
            return self.subject(carrier) if carrier is not None else self.owner(head)
        if verb.dep_ == "pcomp" and head.lower_ == "in" and head.head.lemma_.lower() in (
                "join", "lead"):  # "Canada joined its allies in imposing sanctions": Canada
            return self.subject(head.head)
        if verb.dep_ == "pcomp" and head.lower_ == "as" and head.head.lemma_.lower() in QUOTING:
            # "X was quoted by the Daily Graphic as saying": X says it, not the paper
            return [a for c in _children(head.head, "nsubjpass", "dobj")
                    for a in self.ctx.actors(c)]
        root = verb.sent.root
        if verb.dep_ == "amod" and verb.tag_ in ("VBD", "VBN") and root.pos_ == "NOUN":
            # a past verb the parser took for an adjective of its object, in a sentence it
            # gave no verb at its root ("The Chinese military deployed rocket launchers":
            # "deployed" an amod of "rocket launchers"): the actor named before it
            return next(([actor] for c in root.children if c.i < verb.i and c.dep_ in (
                "amod", "compound", "nmod", "poss") for actor in [self.ctx.actor(c)]
                if actor is not None), [])
        return []

    def appointed_by(self, noun) -> list[Actor]:
        """Who set up a body named by no one of its own ("an independent panel appointed by
        Malaysia's cabinet will investigate", "auditors commissioned by the government"):
        the one whose body it is, by the participle's agent."""
        if noun.lemma_.lower() not in APPOINTED:
            return []  # (not a thing set up: "the inquiry line set up by the bank")
        return [a for c in _children(noun, "acl") if c.tag_ == "VBN"
                and c.lemma_.lower() in APPOINTING_VERBS for g in _children(c, "agent")
                for o in _children(g, "pobj") for a in self.ctx.actors(o)][:1]

    @staticmethod
    def crowd(noun) -> list[Actor]:
        """A number of people standing alone as a subject ("tens of thousands marched",
        "hundreds rallied"): a crowd, whose agent is the protesters' (placed later, as a role
        with no country is)."""
        if noun.lemma_.lower() in lx.QUANTITIES and noun.tag_ in ("NNS", "CD") and not any(
                c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
            return [Actor(_subtree_text(noun), "OPP", "", "role")]
        return []

    def dissenters(self, verb, kind: str) -> list[Actor]:
        """Who protests when the dictionary names no one: people it does not know ("air
        traffic controllers in France went on strike", "fishermen in Sri Lanka protested") or
        no one at all ("a general strike paralysed Nepal", "protests spread across Iran"):
        the people of the country the sentence places them or the protest in (strikers are
        labour, other protesters civilians), else none."""
        agent = "LAB" if kind == "labour_strike" else "CVL"
        people = [c for c in _children(verb, "nsubj") if c.tag_ == "NNS" and c.pos_ == "NOUN"
                  and _noun_act(c) is None and not self.ctx.actors(c)]
        country = next(iter(self.located(people, PEOPLE_FROM)), None) or next(
            filter(None, map(self.ctx.land, _children(verb, "dobj"))), None)
        code = (country.code if country else self.ctx.location()) or ""
        if not code:
            return []
        text = _subtree_text(people[0]) if people else code
        return [Actor(text, code + agent, "", "role")]

    def owner(self, noun) -> list[Actor]:
        """Whose a noun is: its possessor or national adjective, or that of the noun phrase it
        belongs to (Hamas's stance, including demands ...); a delivery is whose its goods
        are ("deliveries of Russian gas", "a shipment of U.S. weapons"); a doing is whose its
        "of" phrase names ("the arrival of federal troops")."""
        found = self.possessor(noun) or [a for g in _goods(noun) for a in self.possessor(g)
                                         ][:1] if noun.lemma_.lower() in lx.DELIVERIES else (
            self.possessor(noun))
        if found:
            return found
        for prep in [*_children(noun, "prep", "agent"), *(  # "the sanctions imposed by X"
                a for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
                and lx.VERB_ACTS.get(c.lemma_.lower()) not in ("mediate", "host")
                # ("a deal brokered by X", "talks hosted by X": X is no party to them)
                for a in _children(c, "agent"))]:
            # "from" is whose it is ("a letter from X"), not what is left ("the withdrawal
            # of X's troops from Y")
            if prep.lower_ == "by" or prep.lower_ == "from" and _noun_act(noun) != "withdraw" \
                    or prep.lower_ == "of" and noun.lemma_.lower() in DOINGS:
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

    def possessor(self, noun) -> list[Actor]:
        """The actor a noun's possessor or modifier names: "Israel's", "its", "Israeli",
        a role: "the government's", "opposition", and a leader split from its participle:
        "Saudi-led" (not a patron: "Iranian-backed" is no owner)."""
        for c in noun.children:
            if _named_for(noun, c, self.ctx.mentions):
                continue  # ("the Minsk truce": Belarus is no party to it)
            if c.dep_ in ("poss", "amod", "compound", "nmod") and (
                    c.i in self.ctx.mentions or c.pos_ in ("PROPN", "PRON")
                    or c.lower_ in PRONOUNS or (c.pos_ == "NOUN" and c.dep_ in (
                        "poss", "compound") and self.ctx.role(c)) or (
                    c.dep_ == "amod" and c.lower_ not in PATRONS and any(
                        g.dep_ in ("npadvmod", "compound") and g.i in self.ctx.mentions
                        for g in c.children))):
                actor = self.ctx.actor(c)
                if actor is not None:
                    return [actor]
        return []

    def doers(self, noun) -> list[Actor]:
        """Who did the force ``noun`` names: its owner ("Israel's strikes", "the attack by
        X"), else the armed side an adjective names ("a Maoist ambush", "Islamist attacks"),
        of the people named with it ("a Moro rebel ambush": Philippine rebels)."""
        owners = self.owner(noun)
        known = [a for a in owners if a.code]
        armed = [c for c in noun.children if c.dep_ in ("amod", "compound")
                 and c.i not in self.ctx.mentions and self.ctx.dictionary.agent(c.lower_) == "REB"]
        if armed and all(a.code.endswith(("CVL", "REL")) for a in known):
            country = known[0].code[:3] if known and len(known[0].code) == 6 else ""
            return [Actor(armed[0].text, country + "REB", "", "role")]
        return owners

    def object_targets(self, noun) -> list[Actor]:
        """Whom an act is done to through a thing: the one who did an act named ("condemned
        an attack by X", "X's attack"), else whom it concerns ("suspended its mediation
        between X and Y", "froze its funding for X"), else the thing's owner ("endorsed X's
        plan", "against the government's reform"); one's own ("its") comes last."""
        if noun.lemma_.lower() in MOTIONS:
            # a motion put to a body is the body's, not its topic's ("vetoed a draft resolution
            # on Gaza at the Security Council")
            # (the parser may hang the body on the topic: "a statement on Myanmar in the
            # Security Council")
            topics = [o for p in _children(noun, "prep") for o in _children(p, "pobj")]
            bodies = [a for w in (noun, noun.head, *topics) for p in _children(w, "prep")
                      if p.lower_ in ("at", "in", "before") for o in _children(p, "pobj")
                      if o.i in self.ctx.mentions
                      and self.ctx.mentions[o.i][2].kind == "organisation"
                      for a in self.ctx.actors(o)]
            if bodies:
                return bodies
        owners = self.owner(noun)
        own = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)
        act = noun.lemma_.lower() in lx.ACT_NOUNS
        if owners and not own and act:
            return owners
        # not who an act named suffers ("investigating the killing of X": X is not investigated)
        # "fired tear gas and rubber bullets at X": the phrase may hang on a conjoined object
        return [a for n in [noun, *(c for c in noun.conjuncts if c.i > noun.i)]
                for a in self.noun_targets(n, patients=not act)] or owners or (
            self.holders(noun)) or self.sought(noun)

    def sought(self, noun) -> list[Actor]:
        """Whom a complaint or request is against by what it seeks done to them ("a lawsuit
        seeking the liquidation of the opposition party", "a petition demanding the arrest
        of the mayor", "a motion calling for the impeachment of the president")."""
        return [a for c in _children(noun, "acl") if c.lemma_.lower() in SEEKING_VERBS
                for o in [*_children(c, "dobj"), *(o for p in _children(c, "prep")
                                                   if p.lower_ == "for"
                                                   for o in _children(p, "pobj"))]
                for a in self.noun_targets(o)]

    def sufferers(self, noun) -> tuple[Actor, ...]:
        """Who suffered force named as where they died or were hurt ("five Lebanese
        civilians died in an Israeli air strike", "two soldiers were wounded in Pakistani
        sniper fire"): the subject of the verb of dying, or of the passive, whose "in" phrase
        names it."""
        head = noun.head
        if noun.dep_ != "pobj" or head.lower_ not in ("in", "during") or head.head.pos_ != (
                "VERB"):
            return ()
        verb = head.head
        if verb.lemma_.lower() not in DYING_VERBS and not _children(verb, "nsubjpass"):
            return ()
        return tuple(a for s in _children(verb, "nsubj", "nsubjpass")
                     for a in self.ctx.actors(s))

    def harmed(self, verb) -> list[Actor]:
        """Who suffered force told in a clause of when or as ("four Indian soldiers were
        killed when Pakistani troops fired mortar shells across the border", "five
        policemen died as rockets hit the base"): the subject of the passive or of the verb of
        dying the clause tells the cause of."""
        if verb.dep_ != "advcl" or not any(m.lower_ in ("when", "as") for m in _children(
                verb, "mark", "advmod") if m.i < verb.i):
            return []
        head = verb.head
        if head.lemma_.lower() not in DYING_VERBS and not _children(head, "nsubjpass"):
            return []
        return [a for s in _children(head, "nsubj", "nsubjpass") for a in self.ctx.actors(s)]

    def killed_in(self, noun) -> tuple[Actor, ...]:
        """Who died in force a noun names ("six soldiers died in Indian artillery fire"): the
        sufferers of a verb of dying (see :meth:`sufferers`), when the noun names force."""
        if noun.dep_ != "pobj" or noun.head.head.lemma_.lower() not in DYING_VERBS or (
                _noun_act(noun) not in lx.HOSTILE):
            return ()
        return self.sufferers(noun)

    def captors(self, head) -> list[Actor]:
        """Who holds the people an act (named at ``head``) is about, by the participle that
        says they are held: its agent ("prisoners held by Israel"), else the country where
        ("migrants held in Libya", "a maid sentenced to death in Saudi Arabia")."""
        for w in head.subtree:
            if w.dep_ != "acl" or w.tag_ != "VBN" or w.lemma_.lower() not in lx.CAPTURING_VERBS:
                continue
            found = [a for g in _children(w, "agent") for o in _children(g, "pobj")
                     for a in self.ctx.actors(o)] or [
                land for p in _children(w, "prep") if p.lower_ == "in"
                for o in _children(p, "pobj") for land in [self.ctx.land(o)] if land]
            if found:
                return found[:1]
        return []

    def holders(self, thing) -> list[Actor]:
        """Whose a possession is by its "of" phrase ("froze the assets of the junta's
        leaders", "searched the homes of opposition activists"): the first actor named
        there; homes of no one named are their residents'."""
        lemma = thing.lemma_.lower()
        if lemma in lx.QUANTITIES:  # "thousands of homes"
            return next((found for p in _children(thing, "prep") if p.lower_ == "of"
                         for o in _children(p, "pobj") for found in [self.holders(o)]
                         if found), [])
        if lemma not in lx.POSSESSIONS:
            return []
        # (or by a participle: "accounts belonging to the former president", "farms owned by
        # white farmers")
        owning = [q for c in _children(thing, "acl") for q in [
            *(p for p in _children(c, "prep") if c.lemma_.lower() == "belong"
              and p.lower_ == "to"), *(_children(c, "agent") if c.lemma_.lower() == "own"
                                       else [])]]
        for p in [*_children(thing, "prep"), *owning]:
            if p.lower_ == "of" or p in owning:
                for o in _children(p, "pobj"):
                    found = [a for a in self.ctx.actors(o) if a.code]
                    if found and lemma in lx.HOMES:  # a family's: "the family home of a
                        # Hamas bomber" (PSECVL), "the homes of street vendors" (CVL)
                        return [self.family(a) for a in found[:1]]
                    if found:
                        return found[:1]
        if lemma in lx.HOMES and thing.tag_ in ("NNS", "NNPS") and not _children(thing, "poss"):
            # homes of no one named are their residents' ("demolished thousands of homes in a
            # slum"): civilians, of the country an adjective names ("Palestinian homes") or
            # placed as a role is
            named = [a for c in _children(thing, "amod", "compound") for a in [self.ctx.actor(c)]
                     if a is not None and a.code and len(a.code) == 3]
            return [Actor(_subtree_text(thing), (named[0].code if named else "") + "CVL", "",
                          "role")]
        return []

    def assembled(self, noun) -> list[Actor]:
        """Who a gathering is of ("broke up a rally of opposition supporters", "dispersed a
        march by students", "banned the opposition's rally"): those an act on it is done to.
        (The parser may hang the "by" phrase on the verb: "dispersed a march by X", "broke up
        a sit-in by striking teachers"; and split a hyphenated one: sit, -, in.)"""
        if _noun_lemma(noun) not in ASSEMBLIES:
            return []
        preps = [*_children(noun, "prep"), *(
            p for p in _children(noun.head, "prep") if p.i > noun.i and (
                noun.dep_ == "npadvmod" or noun.dep_ == "dobj" and p.lower_ == "by"))]
        verb = noun.head.head if noun.dep_ == "pobj" else None
        if verb is not None and verb.dep_ == "advmod" and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head  # "ahead of a rally"
        if verb is not None and verb.pos_ in ("VERB", "AUX"):
            # (or on the verb of the phrase it is in: "deployed troops before a march by X")
            preps += [p for p in _children(verb, "prep", "agent") if p.lower_ == "by"
                      and p.i > noun.i]
        # (not its size: "banned gatherings of more than five people"; those who called or
        # staged it are its own: "a strike called by the unions")
        preps += [a for c in _children(noun, "acl") for a in _children(c, "agent")]
        return [a for p in preps if p.lower_ in ("of", "by") for o in _children(p, "pobj")
                if not _children(o, "nummod") for a in self.ctx.actors(o)] or [
            a for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"
            for a in [self.ctx.actor(c)] if a is not None]

    def dispersed(self, verb, noun) -> list[Actor]:
        """Those at a gathering force is used on, when no one is named there ("broke up a
        protest against the foreign agents law", "fired on a funeral procession"):
        protesters, placed as a role with no country is; a gathering banned is no one."""
        lemma = verb.lemma_.lower()
        kind = lx.VERB_OBJECTS.get(lemma, {}).get(noun.lemma_.lower()) or lx.VERB_ACTS.get(lemma)
        code = lx.ACT_CODES.get(kind or "", "")
        if _noun_lemma(noun) in ASSEMBLIES - {"meeting", "strike", "congress", "convention",
                                                "blockade"} \
                and (code == "175" or code[:2] in ("18", "19", "20")):  # (not a ban: 172)
            return [Actor(_subtree_text(noun), "OPP", "", "role")]
        return []

    def family(self, actor: Actor) -> Actor:
        """The civilians of whom an actor is one ("the home of a Hamas bomber": his family's,
        Palestinian civilians), or the actor itself when it is no country's (an IGO)."""
        code = actor.code or ""
        if code in AGENT_CODES:
            return Actor(actor.text, "CVL", actor.name, actor.via)
        if code[:3] in self.ctx.dictionary.countries:
            return Actor(actor.text, code[:3] + "CVL", actor.name, "role")
        return actor

    def located(self, things, where=frozenset({"in", "of"})) -> tuple[Actor, ...]:
        """The country where things are ("targets in Lebanon", "an oil depot in Russia's
        Belgorod region", "areas of Kherson", "fired at the palace in Mogadishu"), as the
        target of force used on them; ``where`` are the prepositions that place them (force
        is also used near, across or inside a place: :data:`SCENE_OF_FORCE`)."""
        things = [*things, *(o for t in things for p in _children(t, "prep")
                             if p.lower_ in AIMED_PREPS for o in _children(p, "pobj"))]
        for thing in things:
            # (a phrase may hang on an adverb: "deep inside Russia", "just across the border")
            for p in [*_children(thing, "prep"), *(q for a in _children(thing, "advmod")
                                                    for q in _children(a, "prep"))]:
                if p.lower_ in where:
                    # not an act it happened in: "killed in a U.S. air strike"
                    for o in [o for o in _children(p, "pobj") if _noun_act(o) is None]:
                        # (and a place noun's country: "outside the Lebanese village of X",
                        # "off the coast of Yemen")
                        place = o.lemma_.lower() in PLACE_NOUNS
                        for w in [o, *(c for c in o.children if c.dep_ in ("poss", "compound")
                                       or c.dep_ == "amod" and place), *(
                                c for q in _children(o, "prep") if place and q.lower_ == "of"
                                for c in _children(q, "pobj"))]:
                            land = self.ctx.land(w)
                            if land is not None:
                                return (land,)
        return ()

    def or_located(self, verb, kind: str, targets, things) -> tuple[Actor, ...]:
        """The targets of an act, else for force the country the things it is used on are in
        (see :meth:`located`), unless conjoined subjects, or a subject naming several, fight
        each other; a state's rule over a place is no act on the place ("imposed a curfew in
        Srinagar", "cut off the internet in Tigray")."""
        if any(t.code for t in targets) or kind not in lx.HOSTILE or kind in RULE or any(
                s.conjuncts or len(self.ctx.actors(s)) > 1 for s in _children(verb, "nsubj")):
            # ("Ugandan and Rwandan forces clashed in the Congolese city of Kisangani")
            return tuple(targets)
        # (a participle that only describes a thing keeps to "in" and "of": "shot down
        # missiles fired at targets near Damascus"; a name the dictionary lacks gives way to
        # the place it is in: "attacked the Khalid mosque in Homs")
        return self.located(things, SCENE_OF_FORCE if verb.dep_ != "acl" else ("in", "of")) \
            or tuple(targets)

    def targets(self, verb, exclude=(), exclude_objects: bool = False) -> tuple[Actor, ...]:
        """Who an act is done to: the object, a dative, a with/against/on... phrase, and in
        the passive with an agent ("Y was attacked by X"), the subject."""
        found: list[Actor] = []
        objects = _children(verb, "dative") if exclude_objects or verb.lemma_.lower() in \
            TOPIC_VERBS else _children(verb, "dobj", "dative") or _shared_objects(verb) or \
            _doing(verb) or _assembly_object(verb)
        if objects and not exclude_objects:  # "fired tear gas and live rounds at X", the
            # second object parsed as a conjoined verb
            objects += [c for c in _children(verb, "conj") if c.pos_ == "NOUN"]
        # what control is taken of is what is taken ("seized control of the newspaper",
        # "took control of the army's headquarters")
        objects = [next((o for p in _children(c, "prep") if p.lower_ == "of"
                         for o in _children(p, "pobj")), c)
                   if c.lemma_.lower() in CONTROL_NOUNS else c for c in objects]
        for c in objects:
            if c.pos_ == "ADP":  # "sent weapons to X": a dative "to" phrase
                found.extend(a for w in _children(c, "pobj") for a in self.ctx.actors(w))
                continue
            # (whose a thing is before the thing: "searched the offices of a newspaper")
            found.extend(self.holders(c) or self.ctx.actors(c) or _crowd(c) or self.assembled(c)
                         or (self.doers(c) if _condemned(verb, c) else self.object_targets(c))
                         or self.dispersed(verb, c))
        if _children(verb, "agent"):
            for c in _children(verb, "nsubjpass"):  # "a convoy of X troops was hit by Y"
                found.extend(self.ctx.actors(c) or self.object_targets(c) or [
                    a for p in _children(c, "prep") if p.lower_ == "of"
                    for o in _children(p, "pobj") for a in self.ctx.actors(o)])
            if verb.dep_ == "acl" and verb.tag_ == "VBN":  # "a ship attacked by X": the ship
                found.extend(self.ctx.actors(verb.head) or self.object_targets(verb.head))
        objects = bool(found)
        # talking is with its parties, not about its topic ("held talks on the future of
        # Kosovo", "met X on the crisis in Y")
        talking = lx.VERB_ACTS.get(verb.lemma_.lower()) in TALK_ACTS or any(
            _noun_act(o) in TALK_ACTS for o in _children(verb, "dobj")) or (
            verb.lemma_.lower() in SHARING_VERBS)  # (what is shared is on its topic too)
        # (whom one is against before a body one acts at: "filed a case at the International
        # Court of Justice against Chile")
        at: list[Actor] = []
        for prep in _children(verb, "prep"):
            if talking and prep.lower_ in TOPIC_PREPS or _companion(prep) or _forum(prep):
                continue
            if prep.lower_ == "at":  # (the parser may hang the "against" on the body)
                found.extend(a for o in _children(prep, "pobj") for q in _children(o, "prep")
                             if q.lower_ == "against" for w in _children(q, "pobj")
                             for a in self.ctx.actors(w))
            before = len(found)
            if prep.lower_ in TARGET_PREPS and not (objects and prep.lower_ in ("at", "in")):
                for pobj in _children(prep, "pobj") or _doing(prep, "pcomp"):
                    # "against the government's reform", "at students marching"
                    if prep.lower_ == "at" and pobj.lemma_.lower() in GATHERINGS:
                        # where it was said or done: only the parties of the gathering
                        # ("said at the OPEC meeting", not OPEC; "at a meeting with X": X)
                        found.extend(a for p in _children(pobj, "prep") if p.lower_ in (
                            "with", "between") for o in _children(p, "pobj")
                            for a in self.ctx.actors(o))
                        continue
                    if prep.lower_ == "at" and _venue(verb) and self.venue(pobj):
                        continue
                    if not self.destination(verb, pobj):  # (a crowd fired at: protesters)
                        found.extend(self.ctx.actors(pobj) or _crowd(pobj)
                                     or self.object_targets(pobj))
            elif prep.lower_ in ("in", "during", *CALLING_PREPS) and not found:
                # "in a phone call with X", "during talks with X": whom it was done with
                # (mediating in a dispute is between its parties: "mediate in the border
                # dispute between Peru and Ecuador"; and what one talks by is a line to its
                # other end: "discussed the crisis by telephone with X")
                mediating = lx.VERB_ACTS.get(verb.lemma_.lower()) == "mediate"
                for pobj in _children(prep, "pobj"):
                    if prep.lower_ in CALLING_PREPS:
                        if pobj.lemma_.lower() in CALLING_MEANS:
                            found.extend(self.noun_targets(pobj))
                    elif pobj.lemma_.lower() in ("call", "conversation") or _noun_act(
                            pobj) in ("talks", "consult", "mediate") or mediating or (
                            pobj.lemma_.lower() in DISPUTES and lx.VERB_ACTS.get(
                                verb.lemma_.lower()) not in TALK_ACTS
                            and not _children(pobj, "poss")):
                        # ... or whom a strike or protest is "in a dispute with" (not in
                        # another's: "rallied behind Lebanon in its dispute with Israel")
                        found.extend(self.noun_targets(pobj))
            if prep.lower_ == "at":  # (what the phrase itself finds goes after the others)
                at.extend(found[before:])
                del found[before:]
        found.extend(at)
        if not found:  # done by doing something to X: "broke the truce by firing on X"
            found.extend(a for p in _children(verb, "prep") if p.lower_ == "by"
                         for c in _children(p, "pcomp") if c.pos_ == "VERB"
                         for a in self.targets(c))
        lemma = verb.lemma_.lower()
        if not found and lx.VERB_ACTS.get(lemma) == "mediate":
            # a deal brokered is between those its clause binds ("a swap in which Russia and
            # Ukraine exchanged prisoners", "an agreement under which X and Y agreed to ...")
            found.extend(a for o in _children(verb, "dobj") for c in _children(o, "relcl")
                         for n in _children(c, "nsubj", "nsubjpass") for a in self.ctx.actors(n))
        if (lemma in TRANSFER_VERBS or lemma in lx.GIVING_VERBS) and _children(
                verb, "dobj", "ccomp"):
            # what is handed over goes to someone: the recipient before whose it is
            # ("handed Taliban suspects to Afghan authorities", "extradited X to the U.S.")
            recipients = self.handed_to(verb)
            found = [*recipients, *(a for a in found if a not in recipients)]
        codes = {a.code for a in exclude}
        return tuple(a for a in found if a.code not in codes or a.code is None)

    def venue(self, token) -> bool:
        """Whether ``token`` names a place or an institution one can be at ("the United
        Nations", "the White House", "Geneva"), not a country (what is aimed "at" a country
        is aimed at it)."""
        return token.i in self.ctx.mentions and self.ctx.mentions[token.i][2].kind != \
            "country" and bool(self.ctx.actors(token))

    def destination(self, verb, token) -> bool:
        """Whether ``token`` is only where a verb of motion takes its subject, or whence
        ("returned to Vienna for talks", "left Cairo for Doha"): a place one goes to or leaves
        is not what is done to it (a visit is read apart, by its place)."""
        return goes(verb) and token.i in self.ctx.mentions and self.ctx.mentions[
            token.i][2].kind in ("place", "country") and (
                token.dep_ == "dobj" or token.head.lower_ in MOTION_PREPS)

    def left(self, verb) -> tuple[Actor, ...]:
        """The country of the place a withdrawal leaves ("pulled its troops out of southern
        Lebanon", "began pulling out of Kosovo", "withdrew from the bank of the Dnipro near
        Kherson"): a place withdrawn from stands for its country as the target."""
        phrases = [o for o in _children(verb, "dobj") if o.i in self.ctx.mentions]
        for p in _children(verb, "prep", "prt", "advmod"):
            if p.lower_ == "from":
                phrases += _children(p, "pobj")
            elif p.lower_ in ("out", "back", "away"):  # "pulled back from positions
                # around Kyiv", "pulled out of Kosovo"
                phrases += [o for q in _children(p, "prep") if q.lower_ in ("of", "from")
                            for o in _children(q, "pobj")]
        for phrase in phrases:
            land = next(filter(None, map(self.ctx.land, _phrase_words(phrase))), None)
            if land is not None:
                return (land,)
        return ()

    def noun_targets(self, noun, patients: bool = True) -> tuple[Actor, ...]:
        """Who a noun's act is with or against ("ties with X", "talks between X and Y"; "the
        resumption of ties with X": those of the "of" phrase), and with ``patients`` who
        it is done to ("the arrest of X")."""
        found: list[Actor] = []
        # talks are with their parties, not on their topic or at their venue ("a conference
        # on Sudan in Doha")
        preps = PARTY_PREPS if _noun_act(noun) in TALK_ACTS else {*TARGET_PREPS, "for"}
        for prep in _children(noun, "prep"):
            if prep.lower_ in preps:
                for pobj in _children(prep, "pobj"):  # "a strike against X's reform": X
                    if prep.lower_ == "at" and _venue(noun) and self.venue(pobj):
                        continue
                    found.extend(self.ctx.actors(pobj) or self.owner(pobj))
            elif prep.lower_ == "of" and (noun.lemma_.lower() in (
                    lx.RESUMING_NOUNS | lx.ENDING_NOUNS) or noun.lemma_.lower() in lx.NOUN_VERBS
                    and noun.lemma_.lower() not in lx.PATIENT_NOUNS):
                # (and "the suspension of aid to X", "the handover of suspects to Y")
                for pobj in _children(prep, "pobj"):
                    found.extend(self.noun_targets(pobj))
            elif prep.lower_ == "of" and any(
                    _noun_act(o) in TALK_ACTS and _noun_act(noun) == _noun_act(o)
                    for o in _children(prep, "pobj")):  # a noun that is its talks' ("a
                # round of talks with X")
                found.extend(a for pobj in _children(prep, "pobj")
                             for a in self.noun_targets(pobj))
            elif prep.lower_ == "of" and patients and noun.lemma_.lower() in lx.PATIENT_NOUNS:
                for pobj in _children(prep, "pobj"):  # the arrest of X: X is arrested
                    # (and the dispersal of a sit-in, those who sat in)
                    found.extend(self.ctx.actors(pobj) or self.assembled(pobj))
        return tuple(found)

    def unattributed(self, verb) -> list[Actor]:
        """Who did an attack the report names only by its means: the group it is blamed on,
        attributed to or claimed by ("in an attack blamed on ETA", "a bombing, which police
        blamed on Islamic State", "a blast claimed by the Pakistani Taliban"), else the
        country it happened in, which the CAMEO codebook makes the source of roadside bombs
        and assassination attempts."""
        for t in verb.sent:
            lemma = t.lemma_.lower()
            if lemma in ("blame", "attribute", "pin") and (t.tag_ == "VBN" or t.dep_ == "relcl"):
                found = [a for p in _children(t, "prep") if p.lower_ in ("on", "to")
                         for o in _children(p, "pobj") for a in self.ctx.actors(o)]
                if found:
                    return found
            if lemma == "claim" and t.tag_ == "VBN" and t.dep_ in ("acl", "relcl"):
                found = [a for p in _children(t, "agent") for o in _children(p, "pobj")
                         for a in self.ctx.actors(o)]
                if found:
                    return found
        things = [verb, *_children(verb, "dobj"), *(o for p in _children(verb, "prep", "agent")
                                                    for o in _children(p, "pobj"))]
        inner = [o for t in things for p in _children(t, "prep") for o in _children(p, "pobj")]
        found = self.located(things) or self.located(inner)
        if found:
            return list(found)
        for t in inner:  # "a market in the southern Philippine city of Zamboanga"
            land = next(filter(None, map(self.ctx.land, t.subtree)), None)
            if land is not None:
                return [land]
        # a place the dictionary lacks ("in Basra"): named, with no code
        return [Actor(o.text, None, "", "unknown") for o in [*things, *inner]
                if o.pos_ == "PROPN" and o.head.lower_ in ("in", "near", "outside", "at")
                and o.i not in self.ctx.mentions and o.lower_ not in TEMPORAL][:1]

    def implied_targets(self, trigger, act: _Act, modality, sources) -> list[Actor]:
        """:meth:`_implied_targets`, none of one's own under a curfew or emergency rule (see
        :func:`own_forces`: "lifted the curfew, allowing residents to return")."""
        found = self.no_suspects(trigger, act.kind, self._implied_targets(
            trigger, act, modality, sources))
        if act.kind == "protest" and found:
            found = self.not_held_at({trigger, act.head}, sources, found)
        if act.kind in HOME_RULE:
            return [a for a in found if not own_forces(act.kind, a, sources, modality)]
        return found

    def not_held_at(self, verbs, sources, found: list[Actor]) -> list[Actor]:
        """A demonstration's targets less a parliament or a court of its own country it is
        only held outside, in front of or near, saying nothing of what it is for ("rallied
        outside parliament on Saturday", "demonstrated outside the courthouse": where it was
        held, as dev leaves such rallies); one with a cause, a sit-in or a camp outside it,
        one marched on, and a protest at the executive's seat press it."""
        if any(_purposed(v) for v in verbs):
            return found  # (what it is for presses whom it is held at: "rallied outside the
            # government building against the border deal", "over unpaid salaries")
        own = {(a.code or "")[:3] for a in sources}
        held_at: set[str] = set()
        for v in verbs:
            for p in _children(v, "prep"):
                places = _children(p, "pobj")
                if p.lower_ == "in":  # "in front of X"
                    places = [o for f in places if f.lower_ == "front"
                              for q in _children(f, "prep") if q.lower_ == "of"
                              for o in _children(q, "pobj")]
                elif p.lower_ not in HELD_AT:
                    continue
                # (a parliament or a court, not the executive at whose seat they protest:
                # "rallied outside the health ministry" is against it)
                held_at.update(a.text for o in places for a in self.ctx.actors(o)
                               if _agent(a) in HELD_BODIES and (
                                   (a.code or "")[:3] in own or a.code in AGENT_CODES
                                   or not own & self.ctx.dictionary.countries))
        # (the phrase may be named with where it is: "the transport ministry in Budapest")
        return [a for a in found if not any(a.text.startswith(h) for h in held_at)]

    def no_suspects(self, verb, kind: str, targets):
        """An arrest's targets less people held as suspects of a crime and named by no side
        nor nationality ("arrested a man suspected of killing", "a 27-year-old man on
        suspicion of planning an attack", "two men wanted for robberies"): no party is acted
        on, as dev leaves them, nor the town where they are held; one named by a side or a
        country stays ("four men suspected of links to al-Shabaab", "two Malaysian men
        suspected of smuggling")."""
        if not self.holds_suspects(verb, kind):
            return targets
        # (nor the town they were held in: "arrested 14 suspects in Mombasa")
        return type(targets)(t for t in targets if not (
            t.via == "role" and not t.name and _agent(t) in PEOPLE_SECTORS or self.ctx.town(t)))

    @staticmethod
    def holds_suspects(verb, kind: str) -> bool:
        """Whether an arrest holds people as suspects of a crime (see :meth:`no_suspects`)."""
        held = _children(verb, "dobj") or _children(verb, "nsubjpass")
        return kind == "arrest" and any(_suspected(o) for o in [*held, *(
            o for p in _children(verb, "prep") if p.lower_ == "on"
            for o in _children(p, "pobj"))])

    def _implied_targets(self, trigger, act: _Act, modality, sources) -> list[Actor]:
        """A target the words governing the act do not give directly: for a threat, who must
        not do what its "if" or "unless" clause says ("threatened to ... if Y deploys"); else
        the actor the object or an against/over/into/to phrase is or belongs to ("strike over
        government plans"), else the first one named inside it ("condemned the coup in Niger",
        "banned imports of Japanese seafood", "troops to the border with Guyana")."""
        verbs = [trigger, *([act.head] if act.head is not trigger else [])]
        if modality in ASKED and asks_everyone(trigger):
            return []
        if trigger.dep_ == "amod" and trigger.pos_ == "VERB":  # a verb read as its object's
            # modifier ("Qatar mediated talks between X and Y"): the object's parties
            parties = [a for a in self.noun_targets(trigger.head)
                       if a.code and a.code not in AGENT_CODES
                       and a.code[:3] not in {(s.code or "")[:3] for s in sources}]
            if parties:
                return parties[:1]
        own = {(a.code or "")[:3] for a in sources}
        hostile = modality == "threat" or modality in ("intent", "vow") and act.kind in lx.HOSTILE
        if hostile or modality in BARGAINS:
            # (force one will use is a threat too: "will respond with force if Y ...")
            # (and what one offers or refuses on a condition is offered to, or refused, who
            # must meet it: "would withdraw if Syria agreed", "will not free them unless Y")
            for v in verbs:
                for c in v.subtree:
                    if c.dep_ == "advcl" and _conditional(c) and (hostile or not any(
                            m.lower_ == "until" for m in _children(c, "mark"))):
                        # (not a time one waits for: "would not return until troops left")
                        found = [a for s in _children(c, "nsubj") for a in self.ctx.actors(s)
                                 if hostile or a.code and a.code not in AGENT_CODES
                                 and a.code[:3] not in own]
                        if found:
                            return found
        # the people protesting, or their groups demanding, act on their own state's bodies
        # ("marched on parliament", "demanded the resignation of President X", "accused the
        # electoral commission"): a body of their own country is their target, though not
        # their country itself nor a place in it
        populace = act.kind in lx.DISSENT or modality in ASKED and bool(sources) and all(
            _agent(a) and _agent(a) not in STATE_AGENTS for a in sources)

        # (and those whom no country places yet will be placed where they are: a town or
        # province their protest or riot happens in is theirs, not its target: "rioters
        # looted shops in the town of Gafsa")
        placeless = act.kind in lx.DISSENT and not any(
            (a.code or "")[:3] in self.ctx.dictionary.countries for a in sources)

        def ours(actor: Actor) -> bool:
            code = actor.code or ""
            if populace and code[3:] in STATE_AGENTS:
                return False
            return code[:3] in own or placeless and self.ctx.town(actor)
        if modality in BARGAINS:
            # what one refuses to hand over (or give, send, return) is refused to whom it
            # would go ("refused to hand over Osama bin Laden to the United States", "to
            # return the islands to Japan"); a hand-over promised or offered is to its
            # receiver ("agreed to extradite the suspects to Spain")
            receivers = [a for v in verbs for x in _xcomps(v)[1:] if modality == "refusal"
                         or x.lemma_.lower() in lx.HANDING_VERBS for a in self.handed_to(x)
                         if a.code and not ours(a)]
            if receivers:
                return receivers[:1]
        if modality in ("threat", "vow") or act.kind in POSTURES:  # "put its forces on
            # alert after North Korea fired": a posture toward who did what it answers
            avenged = self.avenged(verbs, sources)
            if avenged:
                return avenged
        let = [a for v in verbs for a in self.let_do(v) if (a.code or "")[:3] not in own]
        if let:  # "refused to let the opposition candidate register": refused them
            return let[:1]
        if modality == "threat":  # "warned that any move by Taiwan would be met with force":
            # whose deed the threat answers
            movers = [a for v in verbs for n in _children(v, "nsubjpass", "nsubj")
                      for p in _children(n, "prep") if p.lower_ == "by"
                      for o in _children(p, "pobj") for a in self.ctx.actors(o)
                      if a.code and not ours(a)]
            if movers:
                return movers[:1]
        if act.kind == "apologize":
            wronged = self.wronged(verbs, own)
            if wronged:
                return wronged
        if modality in ASKED and lx.ACT_CODES.get(act.kind, "")[:3] == "084":
            # a release asked for is asked of whoever holds them ("called for the release of
            # an aid worker held by militants in Afghanistan", "demanded the return of
            # prisoners of war held by Iraq")
            held = [a for v in verbs for w in v.subtree if w.dep_ == "acl" and w.tag_ == "VBN"
                    for a in self.subject(w) if (a.code or "")[:3] not in own]
            if held:
                return held[:1]

        talk = act.kind in TALK_ACTS
        # an inquiry is into what happened where: the place's state answers for it ("reports
        # of torture in Egyptian prisons")
        probe = lx.ACT_CODES.get(act.kind, "")[:2] == "09"
        if probe:  # what is looked into is who is said to have done it ("investigating
            # reports that Russian forces seized a village", "whether Chinese hackers had")
            doers = [a for v in verbs for a in self.reported_doers(v) if not ours(a)]
            home = next((s.code[:3] for s in sources
                         if s.code and s.code[:3] in self.ctx.dictionary.countries), None)
            if doers:  # (those named by a role alone are the investigators' own: "claims
                # that ministers misled lawmakers")
                doer = doers[0]
                return [Actor(doer.text, home + doer.code, doer.name, doer.via)
                        if home and doer.code in AGENT_CODES else doer]
        # a comment declined or made names no one by what it is about ("declined to comment on
        # the arrest of a Japanese businessman in Beijing"; concern voiced over an arrest is
        # the arresting state's)
        comment = act.kind == "comment"

        def phrases(v):
            # (what is discussed, and whence, is the topic: only with whom is a party)
            topic = v.lemma_.lower() in TOPIC_VERBS
            preps = TOGETHER if topic else PARTY_PREPS if talk else IMPLIED_PREPS
            return [c for c in v.children if (c.dep_ in ("attr", "dative") or (
                c.dep_ == "dobj" and not topic) or (c.dep_ == "prep" and c.lower_ in preps
                                                    and not comment and not _companion(c)))
                and not self.destination(v, c if c.dep_ != "prep" else next(
                    iter(_children(c, "pobj")), c))]

        def heads(v, patients=False):
            # the phrase's head, or its owner ("over government plans", "against the
            # ministry's rules")
            for phrase in phrases(v):
                for head in _children(phrase, "pobj") if phrase.dep_ == "prep" else [phrase]:
                    found = [a for a in self.ctx.actors(head) or (
                        self.noun_targets(head) if patients else ()) or (
                        self.assembled(head) if patients else ()) or self.owner(head)
                        # (forces or arms moved under a name the dictionary lacks are no
                        # one: "deployed Patriot batteries in Poland")
                        if (a.code or act.kind not in OWN_FORCES)
                        and not ours(a)
                        and not own_forces(act.kind, a, sources, modality,
                                           moved=not patients and phrase.dep_ != "prep")
                        and not (act.kind in STATEMENTS and _audience(a))]
                    if found:
                        return found[:1]
            return []

        if act.kind in lx.DISSENT:  # a protest outside a country's embassy is against it
            found = [a for v in verbs for a in self.mission_owners(v) if not ours(a)]
            if found:
                return found[:1]
        for v in verbs:
            found = heads(v)
            if found or comment:
                # a plain statement is about whose view it echoes ("echoed Vietnam's position"),
                # never about what its words speak of ("refused to be drawn on the fate of the
                # detained Canadians", "a plan to build a city near Egypt")
                return found or self.told(trigger, sources)
        # whom the speakers told of it, when what they said names no one it is aimed at
        # ("told Cambodian leaders that Bangkok would not accept U.N. mediation": the U.N.)
        told = self.told(trigger, sources)
        if told:
            return told
        if act.kind in lx.HOSTILE and act.kind not in POSTURES:
            harmed = [a for a in self.harmed(trigger) if (a.code or "")[:3] not in own]
            if harmed:
                return harmed[:1]
        # what it is done for: "rallied to demand the resignation of X", "marched, demanding
        # ..."; not what aid is asked for (asked of whoever gives it: "appealed for $50 million
        # to help refugees in Chad")
        aid = lx.ACT_CODES.get(act.kind, "")[:2] == "07"
        for v in verbs if not (modality in ASKED and aid) else ():
            for c in v.children:
                if talk and lx.VERB_ACTS.get(c.lemma_.lower()) in TALK_ACTS:
                    continue  # "met to discuss migration from Libya": what talks are about
                # (or a purpose of what is given: "promised $500 million to help rebuild X")
                if (c.dep_ == "advcl" or c.dep_ == "xcomp" and _children(v, "dobj")) and (
                        c.tag_ == "VBG" or any(a.dep_ == "aux" and a.lower_ == "to"
                                               for a in c.children)):
                    # (or who is to do what is demanded: "demanding that X step down", even
                    # of one's own government)
                    # (through what it helps to do: "pledged $1 billion to help rebuild
                    # Iraq")
                    found = next((f for x in _xcomps(c) for f in [heads(x, patients=True)]
                                  if f), []) or [
                        a for cc in _children(c, "ccomp") for n in _children(cc, "nsubj")
                        for a in self.ctx.actors(n) if a.code not in {s.code for s in sources}]
                    if found:
                        return found[:1]
        for v in verbs:  # else the first name inside a phrase (of talks, a party to them)
            for phrase in phrases(v):
                for w in _phrase_words(phrase):
                    if w.i in self.ctx.mentions and not _agent_named(w) and (
                            not talk or _party(w)) and (probe or not self.scene(
                                w, phrase, own, states=not comment)) and not (
                            _victim(w) and lx.ACT_CODES.get(act.kind, "")[:2] == "11") \
                            and not (placeless and self.ctx.whereabouts(w)):
                        start, end, entry = self.ctx.mentions[w.i]
                        code = entry.code if entry.kind != "place" else entry.code[:3]
                        if code[:3] not in own:
                            return [Actor(w.doc[start:end].text, code, entry.name)]
        if act.kind in POSTURES:  # forces posted for a gathering: toward whose it is
            # ("deployed police ahead of a rally by the opposition", "put troops on alert
            # before a strike called by the unions")
            codes = {a.code for a in sources}
            gatherers = [a for v in verbs for g in _posted_for(v) for a in self.assembled(g)
                         if a.code and a.code not in codes]
            if gatherers:
                return gatherers[:1]
        if act.kind in POSTURES:  # forces sent, stationed or shown somewhere: that place's
            # country ("deployed 5,000 peacekeepers in South Sudan", "warships off the coast
            # of Yemen"), not one's own ("deployed troops in Kashmir")
            # (or to: "sent a carrier group to waters off South Korea")
            things = [*verbs, *(o for v in verbs for o in _children(v, "dobj")), *(
                o for v in verbs for p in _children(v, "prep") if p.lower_ == "to"
                for o in _children(p, "pobj"))]
            return [a for a in self.located(things, DEPLOYED_IN) if a.code[:3] not in own][:1]
        return []

    def suspects(self, probe) -> list[Actor] | None:
        """Whom an inquiry (CAMEO 09) told by ``probe`` looks into, as dev labels it: who is
        looked into ("investigating a former minister"), else who did the deed looked into
        ("the killings of activists by police", "kickbacks that firms paid", "why Dutch
        peacekeepers failed"), else whose the thing looked into is ("the bank accounts of a
        former spy chief"). None where it names none (see :meth:`cleared`)."""
        objects = _looked_into(probe)
        for o in objects:  # who is looked into, first
            if (o.i in self.ctx.mentions or self.ctx.role(o)) and not _deed(o):
                found = [a for a in self.ctx.actors(o) if a.code]
                if found:
                    return found[:1]
        # (the parser may hang the deed's "by" on an active verb: "investigating the shelling
        # of Dubrovnik by the Yugoslav army")
        hung = [a for p in _children(probe, "prep", "agent") if p.lower_ == "by"
                and probe.pos_ == "VERB" and not _children(probe, "auxpass")
                for o in _children(p, "pobj") for a in self.ctx.actors(o) if a.code]
        for o in objects:
            if o.pos_ in ("VERB", "AUX"):  # "whether a Russian jet had shot down", "why X failed"
                found = [a for n in _children(o, "nsubj", "nsubjpass")
                         for a in self.ctx.actors(n) if a.code]
            elif _report(o):
                found = [a for p in _children(o, "prep") if p.lower_ == "of"
                         for d in _children(p, "pobj") for a in self._deed_doers(d)]
            else:
                found = self._deed_doers(o) or self.holders(o)
            if found or hung:
                return (found or hung)[:1]
        return None

    def cleared(self, probe, targets, sources) -> list:
        """``targets`` less those an inquiry told by ``probe`` does not look into, as dev
        labels it: an incident's victims and place ("the assassination of Lebanon's former
        prime minister", "an air strike in Kunduz", "the bombing of the Chinese embassy"),
        those a thing or an abuse is of or at ("fraud at the state oil company", "the theft
        of maize from government warehouses"), and the investigators' own country; the state
        where abuses happened or a thing was found stays ("killings of civilians in Tigray",
        "traces of uranium found at a site in Iran"), as do reports' ("allegations of torture
        in Bahraini jails")."""
        own = {actor_root(s.code) for s in sources if s.code}
        phrases = []
        for o in _looked_into(probe):
            lemma = o.lemma_.lower()
            if o.pos_ != "NOUN" or _report(o) or (
                    self.ctx.role(o) and not _deed(o)):
                continue
            states = lemma in ABUSES or lemma == "killing" and o.tag_ == "NNS" or not _deed(o)
            # (with where the parser hangs on the inquiry's verb: "investigating the theft
            # of cocoa from state warehouses")
            for w in [o, *(p for p in _children(probe, "prep") if p.lower_ in WHENCE
                           and o.head.i == probe.i and probe.pos_ == "VERB")]:
                phrases.append((o.doc[w.left_edge.i:w.right_edge.i + 1].text, states))
        if not phrases:
            return targets
        return [t for t in targets if not any(
            t.text in text and not (states and len(t.code or "") == 3 and t.code not in own)
            for text, states in phrases)]

    def _deed_doers(self, deed) -> list[Actor]:
        """Who did a deed (or its conjoined deeds) an inquiry looks into: its "by" phrase,
        also on a participle ("bribes paid by X") or on those it was done to ("the deaths of
        protesters shot by police"), the subject of a relative clause on it ("kickbacks that
        firms paid"), its possessor, and the "of" phrase of a doing ("the failure of X")."""
        found: list[Actor] = []
        for d in (deed, *deed.conjuncts):
            victims = [v for p in _children(d, "prep") if p.lower_ == "of"
                       for v in _children(p, "pobj")]
            agents = [*(p for p in _children(d, "prep", "agent") if p.lower_ == "by"), *(
                a for n in (d, *victims) for c in _children(n, "acl") if c.tag_ == "VBN"
                for a in _children(c, "agent"))]
            found += [a for p in agents for o in _children(p, "pobj") for a in self.ctx.actors(o)]
            found += [a for c in _children(d, "relcl") for n in _children(c, "nsubj")
                      if n.lower_ not in ("that", "which", "who") for a in self.ctx.actors(n)]
            if _deed(d):
                found += [a for c in _children(d, "poss") for a in [self.ctx.actor(c)] if a]
            if d.lemma_.lower() in DOINGS | FAILINGS:
                found += [a for v in victims for a in self.ctx.actors(v)]
        return [a for a in found if a.code]

    def recipients(self, giver) -> list[Actor]:
        """Whom ``giver`` (a verb of passing, sharing or handing intelligence) gives it to, as
        dev labels it: its indirect object ("handed Israel a dossier"; a name the parser hung
        on the thing given: "passed Washington detailed intelligence"), else a "to" or "with"
        phrase on it or on the words it governs ("shared recordings from the consulate with
        the United States"); never whom or what the intelligence is about ("on Hamas
        militants"). Empty where none is named."""
        given = _children(giver, "dobj")
        datives = [*_children(giver, "dative"), *(
            c for o in given for c in o.children
            if c.dep_ == "nmod" and c.pos_ == "PROPN" and c.i < o.i)]
        found = [a for d in datives for a in self.ctx.actors(d) if a.code]
        if found:
            return found[:1]
        subjects = {w.i for s in _children(giver, "nsubj", "nsubjpass") for w in s.subtree}
        for p in giver.subtree:
            if p.dep_ != "prep" or p.lower_ not in ("to", "with") or p.i in subjects or any(
                    a.dep_ == "prep" and a.lower_ in TOPIC_PREPS for a in p.ancestors
                    if giver.is_ancestor(a)):
                continue
            found = [a for o in _children(p, "pobj") for a in self.ctx.actors(o) if a.code]
            if found:
                return found[:1]
        return []

    def accused(self, verb) -> list[Actor]:
        """Whom a complaint or case brought before a body ``verb`` tells is against, as dev
        labels it ("filed a complaint with the U.N. Security Council over Israeli violations
        of its airspace": Israel): an "against" phrase on the verb's words, the one an
        accusation that goes with it names ("filed a case at the ICJ accusing Myanmar of
        genocide"), else whose the deed it is over or about is ("over the boycott imposed by
        Saudi Arabia"). Empty where none is named."""
        # (the complaint's own words, and the body's, on which the parser may hang them: "at
        # the WTO against Russia"; not a deed's: "genocide against the Rohingya")
        own = [verb, *_children(verb, "dobj")]
        words = [p for h in [*own, *(o for w in own for p in _children(w, "prep")
                                     for o in _children(p, "pobj"))]
                 for p in _children(h, "prep")]
        found = [a for c in _children(verb, "advcl", "xcomp", "conj")
                 if lx.VERB_ACTS.get(c.lemma_.lower()) == "accuse"
                 for o in _children(c, "dobj") for a in self.ctx.actors(o)]
        found += [a for p in words if p.lower_ == "against" for o in _children(p, "pobj")
                  for a in self.ctx.actors(o)]
        found += [a for p in words if p.lower_ in TOPIC_PREPS for o in _children(p, "pobj")
                  for a in self.owner(o)]
        return [a for a in found if a.code and not a.code.startswith("IGO")][:1]

    def reported_doers(self, verb) -> list[Actor]:
        """Who a clause under ``verb`` says did something: the subject of its whether- or
        that-clause, or of the clause of the reports, claims or allegations it governs
        ("looking into reports that Cambodian troops violated the ceasefire")."""
        nouns = [o for o in [*_children(verb, "dobj"), *(
            o for p in _children(verb, "prep") for o in _children(p, "pobj"))]
            if _report(o)]
        clauses = [*_children(verb, "ccomp"), *(c for n in nouns
                                                for c in _children(n, "acl", "ccomp"))]
        return [a for c in clauses for n in _children(c, "nsubj", "nsubjpass")
                for a in self.ctx.actors(n) if a.code]

    def let_do(self, verb) -> tuple[Actor, ...]:
        """Who a stance lets, allows or permits to do something ("refused to let the
        opposition candidate register", "agreed to allow U.N. investigators to enter X")."""
        letting = [c for c in _children(verb, "xcomp", "ccomp")
                   if c.lemma_.lower() in LETTING_VERBS]
        return tuple(a for c in letting for d in _children(c, "ccomp", "xcomp", "dobj")
                     for s in ([d] if d.dep_ == "dobj" else _children(d, "nsubj"))
                     for a in self.ctx.actors(s))[:1]

    def wronged(self, verbs, own) -> list[Actor]:
        """Whom an apology is owed: the first other actor or place named in what it is for
        ("apologised for his country's failure to prevent the genocide in Rwanda", "for
        Japan's wartime aggression against China"); one's own doing names none."""
        for v in verbs:
            for p in _children(v, "prep"):
                if p.lower_ != "for":
                    continue
                for w in _phrase_words(p):
                    if w.i in self.ctx.mentions and self.ctx.mentions[w.i][0] == w.i:
                        actor = self.ctx.land(w) or self.ctx.actor(w)
                        if actor is not None and actor.code and actor.code[:3] not in own:
                            return [actor]
        return []

    def mission_owners(self, verb) -> list[Actor]:
        """Whose diplomatic mission a verb's place phrase names ("demonstrated outside the
        French embassy", "rallied in front of the U.S. consulate"): France, the United
        States."""
        found = []
        for p in _children(verb, "prep"):
            if p.lower_ not in MISSION_PREPS:
                continue
            for o in _children(p, "pobj"):
                if o.lemma_.lower() == "front":  # "in front of X"
                    o = next((x for q in _children(o, "prep") if q.lower_ == "of"
                              for x in _children(q, "pobj")), o)
                if o.lemma_.lower() in MISSIONS:
                    found += self.owner(o)
                elif o.pos_ in NOUNISH and o.i not in self.ctx.mentions:
                    # ... or the seat of a state body it is held at ("a sit-in outside the
                    # education ministry", "rallied outside parliament", "outside the
                    # government building"): that body
                    found += [a for a in self.ctx.actors(o) if
                              actor_agent(a.code) in STATE_AGENTS and a.via == "role"]
        return found

    def avenged(self, verbs, sources) -> list[Actor]:
        """Who did what a vow or threat answers: "vowed revenge after an Israeli strike
        killed its commander" (ISR), "threatened retaliation after Kenyan troops entered
        Somalia" (KENMIL): the doer of the act in an "after" clause, not one's own side
        (Turkish jets are not the PKK's side)."""
        own = {actor_root(a.code) for a in sources}
        # (and the verb of a noun's phrase: "put its fleet on alert as NATO began exercises")
        verbs = [*verbs, *(v.head.head for v in verbs if v.pos_ in NOUNISH
                           and v.dep_ == "pobj" and v.head.head.pos_ == "VERB")]
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
        exercises": NATO; "China is ready to ..., Xi told his Brazilian counterpart"; "in a
        warning to Pyongyang, the minister said Seoul would retaliate"), when they are its
        sources (their country's, as "Seoul" is the minister's); not the press they told
        ("told reporters that it had sent troops")."""
        roots = {actor_root(a.code) for a in sources if a.code}
        node = trigger
        while node.dep_ in ("ccomp", "xcomp", "conj", "acomp") and node.head.i != node.i:
            node = node.head
            if node.lemma_.lower() in lx.ATTRIBUTION_VERBS:
                if {actor_root(a.code) for a in self.subject(node) if a.code} & roots:
                    return [a for a in [*(a for o in _children(node, "dobj", "dative")
                                          for a in self.ctx.actors(o)), *self.written_to(node)]
                            if actor_root(a.code) not in roots and not _audience(a)]
                return []
        return []

    def written_to(self, verb) -> list[Actor]:
        """Whom the message a verb's "in" phrase names is addressed to: "said in a letter to
        the Security Council", "in a warning to Pyongyang", "asked in a message to X"."""
        return [a for p in _children(verb, "prep") if p.lower_ == "in"
                for o in _children(p, "pobj") if o.lemma_.lower() in MESSAGES
                for q in _children(o, "prep") if q.lower_ == "to"
                for n in _children(q, "pobj") for a in self.ctx.actors(n)]

    def addressees(self, verb) -> tuple[Actor, ...]:
        """Who is asked: the object ("urged X to"), the "to"/"on"/"with" phrase ("appealed
        to X", "called on X", "pleaded with X"), or the subject of the clause that says what
        is to be done ("demanded that X withdraw")."""
        found = [a for o in _children(verb, "dobj") for a in self.ctx.actors(o)]
        found += [a for p in _children(verb, "prep") if p.lower_ in ("to", "on", "from", "with")
                  and not _companion(p)
                  for o in _children(p, "pobj") if o.lower_ not in TEMPORAL
                  for a in self.ctx.actors(o)]
        if not found:  # a noun's clause too: "the proposal that X free ..."
            found = [a for c in _children(verb, "ccomp", "acl", "advcl")
                     for s in _children(c, "nsubj") for a in self.ctx.actors(s)]
        if not found:  # "wrote to X demanding", "submitted a petition to X calling for"
            carrier = _carrier(verb)
            found = [a for o in _delivered_to(carrier) for a in self.ctx.actors(o)
                     ] if carrier is not None else []
        return tuple(found or self.written_to(verb))  # "in a letter to X, asked ..."


    def participants(self, noun) -> list[Actor]:
        """The parties of talks: "Israel-Hamas talks", "talks between X and Y", "drills
        involving X and Y"."""
        found = []
        for t in noun.lefts:
            if t.dep_ in ("compound", "amod", "poss", "nmod") and t.lemma_.lower().rsplit(
                    "-", 1)[-1] not in BROKERING:  # "Norwegian-brokered talks", "U.N.-sponsored
                # talks": their broker is no party to them
                spans = {self.ctx.mentions[w.i] for w in t.subtree if w.i in self.ctx.mentions}
                for start, end, entry in sorted(spans, key=lambda m: m[0]):
                    found.append(Actor(noun.doc[start:end].text, entry.code, entry.name))
        for prep in _children(noun, "prep"):
            if prep.lower_ in ("between", "with", "among"):
                for pobj in _children(prep, "pobj"):
                    found.extend(self.ctx.actors(pobj))
        # (or those it involves: "naval drills involving Iranian and Russian warships")
        found.extend(a for c in _children(noun, "acl") if c.lemma_.lower() == "involve"
                     for o in _children(c, "dobj") for a in self.ctx.actors(o))
        if not found:  # (the parser may hang them on what the talks are about: "discussions
            # on a free trade deal between Britain and India")
            found = [a for p in _children(noun, "prep") if p.lower_ in ("on", "over", "about")
                     for o in _children(p, "pobj") for q in _children(o, "prep")
                     if q.lower_ == "between" for w in _children(q, "pobj")
                     for a in self.ctx.actors(w)]
        return list({a.code: a for a in found}.values())

    def handed_to(self, verb, places: bool = False) -> list[Actor]:
        """Whom a verb's "to" phrase hands something to ("extradited X to the U.S."), the
        phrase perhaps hung on what is handed over ("extradited a suspect to the U.S.") or on
        what describes it ("handed a minister accused of fraud to Brazilian police"); with
        ``places``, the country of a place named there ("deported a suspect to Kigali").
        A recipient named before what is handed is the one ("handed Laos a grant to rebuild
        the road to the border": not the border)."""
        given = [a for d in _children(verb, "dative") if d.pos_ != "ADP"
                 for a in self.ctx.actors(d)]
        if given:
            return given
        handed = [*_children(verb, "dobj"), *(c for o in _children(verb, "dobj")
                                              for c in _children(o, "acl"))]
        # (a wanted noun the parser read as a verb: "extradited a genocide suspect to X")
        handed += [c for c in _children(verb, "ccomp") if c.lemma_.lower() in lx.WANTED]
        # (down to a phrase of what describes it: "extradited a militant wanted for murder
        # to Italy")
        found = [a for p in [*_children(verb, "prep", "dative"), *(
                    q for o in handed for q in _children(o, "prep")), *(
                    q for o in handed if o.dep_ == "acl" for r in _children(o, "prep")
                    for n in _children(r, "pobj") for q in _children(n, "prep"))]
                 if p.lower_ == "to" for o in _children(p, "pobj")
                 for a in self.ctx.actors(o) or ([self.ctx.land(o)] if places and self.ctx.land(
                     o) else [])]
        # (or a state it is given or sent back to: "sent X back to Bogota", "handed Hong Kong
        # back to China"; not people: "hand power back to civilians")
        found = found or [land for b in _children(verb, "advmod") if b.lower_ == "back"
                          for p in _children(b, "prep") if p.lower_ == "to"
                          for o in _children(p, "pobj") for land in [self.ctx.land(o)]
                          if land]
        # (or, with no receiver named, whoever wants the one handed over: "extradited a
        # former minister wanted by French courts", "a commander wanted in Cambodia")
        return found or [a for o in handed for c in _children(o, "acl")
                         if _wanted_by_law(c)
                         for p in _children(c, "agent", "prep") if p.lower_ in ("by", "in")
                         for w in _children(p, "pobj")
                         for a in self.ctx.actors(w) or [
                             land for land in [self.ctx.land(w)] if land]]

    def between(self, verb) -> list[Actor]:
        """The parties a verb's "between" phrase names, in order ("talks were held between X
        and Y", "fighting raged between X and Y")."""
        return [a for p in _children(verb, "prep") if p.lower_ == "between"
                for o in _children(p, "pobj") for w in [o, *o.conjuncts]
                for a in self.ctx.actors(w)]

    def stance_holder(self, noun) -> list[Actor]:
        """Whose a stance noun is: its owner ("Israel's readiness"), else the subject of the
        verb that states it ("Turkey has no intention of ...", "Egypt expressed readiness to
        ...", "North Korea signalled its willingness to ...")."""
        owners = self.owner(noun)
        if owners or noun.dep_ not in ("dobj", "nsubjpass") or \
                noun.head.lemma_.lower() not in lx.STANCE_VERBS:
            return owners
        # (in the passive, its agent: "a promise of aid was made by X", "threats were issued
        # against Y by Z")
        return self.subject(noun.head)

    def scene(self, word, phrase, own=frozenset(), states: bool = True) -> bool:
        """Whether a name inside ``phrase`` is only where force named in it was used, or whom
        it was used on ("condemned the bombing in Jerusalem", "the attack on a church in
        northern Nigeria", "claimed the bombing of a Shiite mosque", "denied any role in the
        fighting in eastern Congo"): an attack's place and victims are not whom the act that
        speaks of it is aimed at; its doer is ("Israel's strikes on Gaza", "NATO air
        strikes"). What a state does to people in its hands (arrests, torture, executions,
        expulsions, demolitions: :func:`_state_act`) is the place's own state's ("the
        crackdown in Iran", "the execution of activists in Iran"), as a coup is no force in
        this sense ("condemned the coup in Niger"), and a show of force is aimed at the
        place's ("drills in the Taiwan Strait"); one's own embassy, troops or nationals (of a
        country in ``own``) in a place are the host's to protect ("condemned the attack on
        its embassy in Baghdad", "the killing of Iranian diplomats in the Afghan city of
        Mazar-i-Sharif": Iraq, Afghanistan). Without ``states`` (for a comment), only a
        crackdown and one's own ("its") are told apart."""
        node = word
        if not states:
            own = frozenset()
        while node.i != phrase.i and node.head.i != node.i:
            if self.own_thing(node, own):
                return False
            parent = node.head
            kind = _noun_act(parent) if parent.pos_ in NOUNISH else None
            if kind in lx.HOSTILE and kind not in POSTURES and not (
                    _state_act(parent, kind) if states else kind == "repress"):
                # on whom or where ("on", "of", "in"...), not by whom ("X's", "by X") nor
                # between whom ("the fighting between X and Y", "the conflict with X")
                return node.dep_ == "prep" and node.lower_ in SCENE_PREPS and not any(
                    self.own_thing(o, own) for p in _children(parent, "prep")
                    if p.lower_ in ("of", "on", "against") for o in _children(p, "pobj"))
            node = parent
        return False

    def own_thing(self, noun, own) -> bool:
        """Whether a noun is one's own ("its embassy") or of a country in ``own`` ("Iranian
        diplomats")."""
        return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children) or any(
            c.dep_ in ("amod", "compound") and c.i in self.ctx.mentions
            and self.ctx.mentions[c.i][2].code[:3] in own for c in noun.children)


def _carrier(verb):
    """The verb of sending or writing that carries what a participle or infinitive asks
    ("wrote to the president demanding", "submitted a petition to parliament calling for",
    "wrote to the commission to demand"; "sent a letter to X demanding", the participle hung
    on X), or None."""
    if verb.lemma_.lower() not in SEEKING_VERBS | ASKING_VERBS:
        return None
    head = verb.head
    if verb.dep_ == "acl" and head.dep_ == "pobj" and head.head.lower_ == "to":
        head = head.head.head  # (on the one it goes to)
    elif verb.dep_ == "acl" and head.dep_ == "dobj":
        head = head.head  # (on what is sent: "a petition calling for")
    elif verb.dep_ not in ("advcl", "xcomp"):
        return None
    return head if head.pos_ == "VERB" and head.lemma_.lower() in lx.DELIVERING_VERBS \
        else None


def _delivered_to(verb) -> list:
    """Whom a verb of sending or writing delivers to: its dative, or a "to" phrase on it or
    on what it sends ("handed the minister", "wrote to X", "a letter to X")."""
    return [*_children(verb, "dative"), *(
        o for p in [*_children(verb, "prep", "dative"), *(
            q for d in _children(verb, "dobj") for q in _children(d, "prep"))]
        if p.lower_ == "to" for o in _children(p, "pobj"))]


#: What forces are posted before, against or for: a gathering ("ahead of a rally").
POSTED_FOR = frozenset({"before", "against", "for", "during"})


def _posted_for(verb) -> list:
    """The nouns of the phrases a posting of forces is for ("deployed police ahead of the
    march", "before a rally", "against protests"), gatherings or not."""
    preps = [p for p in _children(verb, "prep") if p.lower_ in POSTED_FOR]
    preps += [p for a in _children(verb, "advmod") if a.lower_ == "ahead"
              for p in _children(a, "prep") if p.lower_ == "of"]
    return [o for p in preps for o in _children(p, "pobj")]


def goes(verb) -> bool:
    """Whether ``verb`` is one of going (returning, travelling, leaving): its subject moves."""
    lemma = verb.lemma_.lower()
    return lemma in MOTION_VERBS or lemma in lx.VISIT_VERBS or lemma in lx.DEPARTURE_VERBS


#: Rule over a whole place, imposed or eased: curfews and states of emergency; and the
#: stances that aim an act at whoever must do or not do something.
HOME_RULE = frozenset({"curfew", "emergency", "ease_curfew", "ease_emergency"})
THREATS = frozenset({*ASKED, "vow"})


def own_forces(kind: str, target: Actor, sources, modality: str | None = None,
               moved: bool = True) -> bool:
    """Whether ``target`` is a source's own forces that an act such as a withdrawal or a
    mobilisation moves ("Russia withdrew its troops": no target). Who is asked or threatened,
    or what the forces are moved against (not ``moved``), is one's own only when a state's
    forces ("ordered the army to withdraw"), not so others ("urged the separatists to
    disarm", "threatened to send troops against the coca growers", "sent troops into
    Chechnya to crush the separatist rebellion"). A curfew or emergency rule at home,
    imposed or lifted, is done to none of one's own ("imposed a curfew on the city of X",
    "lifted the curfew, allowing residents to return"), though to the people of a land held
    abroad; a threat of one is not."""
    if kind in HOME_RULE and modality not in THREATS:  # (a role with no country is
        # placed where the rule is; a threat of it is to whoever must not do what its "if"
        # clause says: "threatened to impose a curfew if the opposition marched")
        return bool(target.code) and (target.code in AGENT_CODES or any(
            s.code and s.code[:3] == target.code[:3] for s in sources))
    if kind not in OWN_FORCES or not target.code:
        return False
    if modality not in ASKED and len(target.code) == 3 and target.code not in AGENT_CODES \
            and sources and all(s.code and len(s.code) > 3 and _agent(s) not in STATE_AGENTS
                                for s in sources):
        return False  # a country's place an armed group pulls out of is no force of its own
        # ("Houthi fighters withdrew from the port of Hodeidah", "M23 pulled out of Goma");
        # not so a place it asks others to leave ("Hamas's demands to remove Israeli forces
        # from Gaza": the forces, not Gaza)
    agent = actor_agent(target.code)
    if (modality in ASKED or not moved) and agent and agent not in FORCES \
            and not any((s.code or "").endswith(agent) for s in sources):
        return False
    if agent in STATE_AGENTS and sources and all(_armed_group(s) for s in sources):
        # an armed group's forces are not its country's army ("the gunmen surrendered to
        # Pakistani troops"; its land: see above)
        return False
    return target.code in AGENT_CODES or any(s.code and target.code[:3] == s.code[:3]
                                             for s in sources)


def _armed_group(actor: Actor) -> bool:
    """Whether an actor is an armed group with no state: rebels, or a group with a code of
    its own (YEMHTH, CODM23), not an organisation of states (IGO...) or a charity (NGO...)."""
    code = actor.code or ""
    return _agent(actor) == "REB" or len(code) > 3 and _agent(actor) is None and \
        code[:3] not in ("IGO", "NGO")


def _agent(actor: Actor) -> str | None:
    """The sector of an actor's code (ISRMIL, MIL: MIL), None for a country or a group."""
    return actor_agent(actor.code)


def _venue(word) -> bool:
    """Whether a name in an "at" phrase of ``word`` (a verb or a noun naming an act) is where
    the act is done, not whom it is done to: a statement ("said at the United Nations") or an
    act that is no confrontation (see ``VENUE_ROOTS``)."""
    lemma = word.lemma_.lower()
    if word.pos_ in NOUNISH:
        kind = _noun_act(word)
    elif lemma in lx.ATTRIBUTION_VERBS:
        return True
    else:
        kind = lx.VERB_ACTS.get(lemma)
    return kind is not None and lx.ACT_CODES.get(kind, "")[:2] in VENUE_ROOTS


def _condemned(verb, noun) -> bool:
    """Whether ``verb`` criticises the use of force ``noun`` names ("condemned the attack on
    peacekeepers in Mali"): what is condemned is its doer's, if named ("condemned Israel's
    strikes", "the attack by X"), never done by whom it was done to."""
    kind = lx.VERB_ACTS.get(verb.lemma_.lower())
    return kind is not None and lx.ACT_CODES.get(kind, "")[:2] == "11" and \
        _noun_act(noun) in lx.HOSTILE


#: Those an appeal may be made to who are everyone and no one in particular: an appeal to
#: them has no target ("appealed to the international community", "urged donors", "called
#: on the public"), whoever what they are asked to do would help or concern.
EVERYONE = frozenset({"community", "donor", "world", "public", "everyone", "everybody",
                      "nation", "humanity", "mankind"})


def asks_everyone(verb) -> bool:
    """Whether ``verb`` asks only :data:`EVERYONE`: its object, or its to/on/with phrase, is
    one ("appealed to the international community", "urged donor countries to help")."""
    asked = [*_children(verb, "dobj"), *(o for p in _children(verb, "prep")
                                         if p.lower_ in ("to", "on", "with")
                                         for o in _children(p, "pobj")
                                         if o.lower_ not in TEMPORAL)]
    return bool(asked) and all(o.lemma_.lower() in EVERYONE or any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() == "donor" for c in o.children)
        for o in asked)


def _purposed(verb) -> bool:
    """Whether a protest says what it is for or against: an against/over/for phrase, one
    "in protest" at something, a purpose clause ("to demand", "to protest"), or a demand or
    protest beside it ("demanding", "calling for")."""
    return any(p.lower_ in ("against", "over", "for") or any(  # ("in protest at X")
        _noun_act(o) in lx.DISSENT for o in _children(p, "pobj"))
        for p in _children(verb, "prep")) or any(
        any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        or lx.MODAL_VERBS.get(c.lemma_.lower()) in ("demand", "appeal")
        or lx.VERB_ACTS.get(c.lemma_.lower()) in lx.DISSENT
        for c in _children(verb, "advcl", "xcomp"))


def _suspected(word) -> bool:
    """Whether a word names people as suspects ("suspects", "a man suspected of", "accused
    of", "wanted for") or the suspicion they are held on ("on suspicion of")."""
    return word.lemma_.lower() in ("suspect", "suspicion") or any(
        c.dep_ == "acl" and c.lemma_.lower() in SUSPECTING for c in word.children)


#: The participles that name one as a suspect.
SUSPECTING = frozenset({"suspect", "accuse", "want", "charge"})


def _victim(word) -> bool:
    """Whether ``word`` names whom force was used on, or whose they are ("the downing of a
    Malaysian airliner", "the killing of two French aid workers"): condemning the force
    condemns its doer, never its victims."""
    node = word
    while node.dep_ in ("amod", "compound", "poss", "nmod") and node.head.i != node.i:
        node = node.head  # (through every modifier: "a South Korean warship")
    return node.dep_ == "pobj" and node.head.lower_ in ("of", "on", "against") and \
        _noun_act(node.head.head) in lx.HOSTILE


def _forum(prep) -> bool:
    """Whether a "to" phrase names the court or arbiter a quarrel is taken to ("agreed to
    take their dispute over the islands to the World Court", "brought the claim to
    arbitration"): where it is settled, not whom it is against."""
    return prep.lower_ == "to" and any(
        o.lemma_.lower() in DISPUTES | CLAIMS for o in _children(prep.head, "dobj")) and any(
        w.lemma_.lower() in FORUMS for o in _children(prep, "pobj") for w in o.subtree)


def _companion(prep) -> bool:
    """Whether a phrase names who acts with the doer, or whom the doer acts for, not whom the
    act is done to: "together with X", "jointly with X", "on behalf of X", "in the name of
    X"."""
    if prep.lower_ == "with":
        return prep.head.lower_ in COMPANY or any(
            c.dep_ == "advmod" and c.lower_ in COMPANY for c in prep.children)
    return prep.lower_ in ("on", "in") and any(
        o.lemma_.lower() in ("behalf", "name") for o in _children(prep, "pobj"))


#: Words that make a "with" phrase a companion's ("together with", "along with").
COMPANY = frozenset({"together", "jointly", "along", "alongside"})


def _audience(actor: Actor) -> bool:
    """Whether a statement's addressee is only its audience, the press ("told reporters")."""
    return (actor.code or "").endswith("MED")


def _agent_named(word) -> bool:
    """Whether ``word`` names the agent of a by-phrase, or of what a third party brokered,
    conjoined ("brokered by Turkey and Russia": the brokers, who are no target of it)."""
    if word.head.lower_ == "by":
        return True
    while word.dep_ in ("conj", "compound", "appos") and word.head.i != word.i:
        word = word.head
    return word.head.lower_ == "by" and word.head.head.lemma_.lower() in BROKERING


def _xcomps(verb) -> list:
    """A verb and the verbs it governs as its complements ("help rebuild", "try to reach")."""
    found = [verb]
    while _children(found[-1], "xcomp"):
        found.append(_children(found[-1], "xcomp")[0])
    return found


def _shared_objects(verb) -> list:
    """The object a verb shares with the conjoined verb after it ("beat and detained
    journalists": both are done to the journalists), when it has none of its own."""
    for c in verb.children:
        if c.dep_ == "conj" and c.pos_ == "VERB" and not _children(c, "nsubj", "nsubjpass"):
            return _children(c, "dobj")
    return []


# The coercion a state does to those in its hands, named by a noun (CAMEO 17 and torture;
# "the execution of X" is a state's, though a killing otherwise names force).
STATE_ACTS = frozenset({"torture"})
STATE_NOUNS = frozenset({"execution", "hanging"})


def _state_act(noun, kind: str) -> bool:
    """Whether the act a noun names is what a state does to people or things in its hands
    (an arrest, a deportation, a crackdown, a demolition, torture, an execution), done by the
    state of the place it happens in."""
    return lx.ACT_CODES.get(kind, "")[:2] == "17" or kind in STATE_ACTS or (
        noun.lemma_.lower() in STATE_NOUNS)


# Nouns of what someone does or holds whose "of" phrase is who ("against the arrival of
# federal troops", "the rule of the junta", "the policies of the government").
DOINGS = frozenset({"arrival", "presence", "rule", "policy", "plan", "decision", "reform",
                    "handling", "visit", "return", "conduct", "behaviour", "behavior"})
# Nouns of failing to do something, whose "of" phrase is who failed ("the failure of Dutch
# peacekeepers to protect the enclave").
FAILINGS = frozenset({"failure", "inability", "refusal", "negligence", "role", "part",
                      "involvement", "complicity"})
# The prepositions of an inquiry's noun that name what it looks into ("an inquiry into X",
# "an investigation of X", "a probe over X"; a verb's only by "into").
PROBED_PREPS = frozenset({"into", "of", "on", "over", "about"})


def _report(noun) -> bool:
    """Whether ``noun`` names a report, claim or allegation ("reports that X", "allegations
    of torture")."""
    lemma = noun.lemma_.lower()
    return lemma in lx.ACCUSATION_NOUNS or lemma in lx.ACCUSATIONS


def _deed(noun) -> bool:
    """Whether ``noun`` names something done or undergone (an act the lexicon knows, or a
    death, loss or failure), not a thing or someone."""
    return _noun_act(noun) is not None or noun.lemma_.lower() in UNDERGONE


# Prepositions of where and whence a deed looked into was done.
WHENCE = frozenset({"from", "at", "in", "near", "inside", "outside"})
# Abuses an inquiry looks into, for which the state where they happen answers.
ABUSES = frozenset({"abuse", "crime", "violation", "atrocity", "torture", "rigging",
                    "persecution", "repression"})
# Nouns of what befalls people or things, looked into as deeds are.
UNDERGONE = frozenset({"death", "disappearance", "collapse", "failure", "crash", "fraud",
                       "theft", "mutiny", "damage", "loss", "fire", "explosion", "abuse",
                       "corruption", "irregularity", "embezzlement", "leak", "sinking",
                       "poisoning", "massacre", "killing", "shooting", "murder"})


def _looked_into(probe) -> list:
    """The words telling what ``probe`` (an inquiry's verb or noun) looks into: its object
    or its "into" phrase (also on the verb of "opened an inquiry into"), a whether- or
    why-clause, or the passive's subject ("the killing was being investigated")."""
    heads = [probe]
    if probe.pos_ == "NOUN" and probe.dep_ in ("dobj", "nsubjpass"):
        heads.append(probe.head)  # (the parser may hang "into" on "opened")
    found = []
    for h in heads:
        for c in h.children:
            if c.dep_ == "prep" and (c.lower_ == "into" or c.lower_ in PROBED_PREPS
                                     and h is probe and probe.pos_ == "NOUN"):
                found += [o for o in c.children if o.dep_ in ("pobj", "pcomp")]
            elif h is probe and (c.dep_ == "dobj" or c.dep_ == "ccomp" or (
                    c.dep_ == "nsubjpass" and _children(probe, "auxpass"))):
                found.append(c)
    # (an inquiry named as what a light verb or another noun tells looks into what the
    # inquiry's noun names: "opened an investigation into X", "a commission of inquiry into X")
    return [w for o in found if o.pos_ in ("NOUN", "PROPN", "VERB", "AUX") for w in (
        _looked_into(o) if o.pos_ == "NOUN" and o.i > probe.i
        and lx.ACT_CODES.get(_noun_act(o) or "", "")[:2] == "09" else [o])]


# Quarrels a protest is held in, with whom it is against ("walked out in a dispute with the
# health ministry").
DISPUTES = frozenset({"dispute", "row", "standoff", "stand-off", "feud", "quarrel",
                      "confrontation", "showdown", "conflict", "struggle"})
# What a quarrel may be, taken to a forum (with DISPUTES), and the forums that settle them.
CLAIMS = frozenset({"claim", "case", "complaint", "grievance", "difference", "disagreement"})
FORUMS = frozenset({"court", "tribunal", "arbitration", "arbitrator", "arbiter", "panel",
                    "adjudication", "ombudsman"})
# Nouns of holding something: "took control of X" is done to X.
CONTROL_NOUNS = frozenset({"control", "possession", "command"})


def _assembly_object(verb) -> list:
    """A gathering the parser took for an adverb of the verb, not its object ("police
    dispersed a march by X": "march" an npadvmod)."""
    return [c for c in _children(verb, "npadvmod") if c.i > verb.i
            and c.lemma_.lower() in ASSEMBLIES]


def _crowd(noun) -> list[Actor]:
    """A crowd acted on, with no one named in it ("fired tear gas at crowds", "at the
    crowd"): protesters, placed as a role with no country is."""
    if noun.lemma_.lower() == "crowd" and not any(
            p.lower_ == "of" for p in _children(noun, "prep")):
        return [Actor(_subtree_text(noun), "OPP", "", "role")]
    return []


def _doing(head, dep: str = "ccomp") -> list:
    """The people a verb or preposition takes as seen doing something, which the parser
    makes the subject of a clause of their own ("dispersed coca growers marching on the
    palace", "fired at students marching for free education", and for a verb of force an
    adverbial clause too: "detained dozens of women marching with flowers"): the subject of
    an -ing clause with no mark or auxiliary of its own."""
    lemma = head.lemma_.lower()
    forceful = head.pos_ == "VERB" and lemma not in lx.ATTRIBUTION_VERBS and (
        lx.VERB_ACTS.get(lemma) in lx.HOSTILE or lx.VERB_ACTS.get(lemma) == "release")
    deps = (dep, "advcl") if forceful and dep == "ccomp" else (dep,)
    return [s for c in head.children if c.dep_ in deps and c.tag_ == "VBG"
            and not _children(c, "mark", "aux") for s in _children(c, "nsubj")] or [
        # ... or done to ("freed dozens of protesters arrested last week": a passive
        # participle read as a clause whose subject is the object; "dispersed demonstrators
        # camped in central Bangkok", a past form after a verb of force)
        s for c in head.children if c.dep_ == dep and (c.tag_ == "VBN" or forceful and
                                                        c.tag_ == "VBD")
        and not _children(c, "mark", "aux", "auxpass", "dobj") for s in _children(c, "nsubj")]


def _party(word) -> bool:
    """Whether a name is a party to talks named in a phrase ("a round of talks with X",
    "talks between X and Y"), not where or about what they are held."""
    while word.dep_ == "conj":
        word = word.head
    return word.dep_ == "pobj" and word.head.lower_ in ("with", "between", "among")


DASHES = frozenset({"—", "–", "-", "--"})


def _phrase_words(phrase) -> list:
    """The words of a phrase, in order, without the clauses with a subject of their own
    inside it ("reports that X had crossed into Y": the report's words, not what it reports;
    "on whether Putin would attend the summit in Y" neither; "traces found at a site in Y"
    keeps its participle)."""
    words, stack = [], [phrase]
    while stack:
        t = stack.pop()
        words.append(t)
        stack.extend(c for c in t.children if not (
            c.dep_ in ("relcl", "acl", "ccomp", "advcl", "pcomp") and c.pos_ in ("VERB", "AUX")
            and _children(c, "nsubj", "nsubjpass", "mark")))
    return sorted(words, key=lambda w: w.i)
