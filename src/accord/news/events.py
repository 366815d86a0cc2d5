"""Event coding over a dependency parse: who did what to whom, and how it was reported.

For every predicate the lexicon knows (a verb, or a noun such as "bombardments" or "demands"),
the coder finds the source in the subject (following control: in "leaders vowed to resume
operations" the leaders resume), the target in the object or a ``with``/``against``/``on``
phrase, and the modality in the words that govern the act (vowed, demanded, refused, is
expected to). Attribution is kept apart: in "X said that Y attacked", Y is the source of the
attack and X is who said so (``said_by``). This follows the dictionary-over-parse design of
PETRARCH-2 (Norris, Schrodt and Beieler 2017), with the verb patterns replaced by act kinds and
modalities (see :mod:`accord.news.lexicon`).

The work is split by idea: :mod:`accord.news.mentions` resolves who the words name,
:mod:`accord.news.predicates` reads one predicate off the parse, :mod:`accord.news.roles`
finds who does it to whom, :mod:`accord.news.acts` what act it is and :mod:`accord.news.coder`
how it is reported; this module turns them into ranked :class:`Event` values.

References
----------
Norris, C., Schrodt, P. A., Beieler, J. (2017). PETRARCH2: another event coding program.
Journal of Open Source Software 2(9), 133.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from . import arguments, similar
from . import lexicon as lx
from .actors import AGENT_CODES, Actor, ActorDictionary, actor_root
from .arguments import Chooser
from .candidates import choose_target, conventions
from .coder import _Coder
from .codes import code as cameo_code
from .mentions import PRONOUNS, STATE_AGENTS, Memory, _Context, _subtree_text, find_mentions
from .predicates import _children, _noun_act, _owns
from .roles import FORCE_ROOTS, PLAIN_STATEMENT, TELLING_VERBS, _Roles, own_forces

# Sides a state negotiates with at home.
DISSIDENTS = frozenset({"REB", "OPP"})

__all__ = ["Event", "Memory", "Sentence", "code_sentence", "find_mentions"]


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
    found: str = "lexicon"

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
            "found": self.found,
        }


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


#: How probable the learned classifier's root must be, at least, in a sentence whose
#: dictionary acts all fell (see :func:`code_sentence`).
SECOND_GUESS = 0.2
#: How probable the learned classifier's root (other than a statement's) must be, at least,
#: to be taken as the act a sentence reports where the dictionary knows none but the
#: speaker's verb ("Norway turned down the claim, a spokesman saying ..."): the reported act,
#: not the saying, is the news (0.5, 0.35 and 0.25 tried on the held-out splits test to
#: test11: the same target accuracy, root 0.861 -> 0.864 at each; 0.5 changes fewest).
STATED_GUESS = 0.5


def code_sentence(sent, index: int, mentions, dictionary: ActorDictionary, memory: Memory,
                  *, offset: int = 0, date: str | None = None,
                  targets: Chooser | None = None) -> list[Event]:
    """The events in one parsed sentence (``sent``: a spaCy span), best first.

    ``offset`` is the character offset of the sentence's document in the whole text;
    ``memory`` carries the article's actors from sentence to sentence and is updated;
    ``targets`` picks an act's target among the actors the sentence names (the shipped model
    of :mod:`accord.news.arguments` by default; ``arguments.RULES`` keeps the rules' choice).
    """
    if targets is None:
        targets = arguments.chooser()
    ctx = _Context(sent, mentions, dictionary, memory)
    coder = _Coder(ctx)
    raw = []
    for token in _top_down(sent.root):
        if token.i in coder.consumed:
            continue
        raw.extend(coder.code(token))
    if not raw and not coder.statements:  # a verb the parser misread, if any
        raw = coder.misread(sent)
    guessed = not raw and not coder.statements
    if guessed:  # no act the dictionary knows: the learned guess
        raw = coder.learned(sent)
    raw = coder.unattached(sent, raw)
    acts = {trigger.i for sources, act, modality, _, trigger, _ in raw
            if sources and lx.combined_code(modality, act.kind) is not None}
    events = []
    for sources, act, modality, negated, trigger, confidence in raw:
        events.extend(_events(sent, index, ctx, coder, sources, act, modality, negated,
                              trigger, confidence, offset, date, targets,
                              background=_background(trigger, acts)))
    def made(found: list[tuple]) -> list[Event]:
        return [e for act in found
                for e in _events(sent, index, ctx, coder, *act, offset, date, targets)]

    if not events and coder.statements and _knows_no_act(sent, coder.statements):
        # what is said, by the learned guess, if not a statement
        events = [e for e in made(coder.learned(sent, STATED_GUESS))
                  if (e.cameo or "")[:2] not in ("01", "03")]  # (what one says one will
        # do is a statement unless the dictionary knows it: "said the government would
        # build 20 new hospitals")
    if not events:  # a sentence that only reports what someone said: a statement
        events = made(coder.statements[:1])
    if not events and not guessed:  # acts found, none of them an event: the learned guess
        events = made(coder.learned(sent, SECOND_GUESS))
    for kind, actor, roles in ctx.found:
        memory.remember(kind, actor, roles)
    events.sort(key=lambda e: (-e.confidence, e.span[0]))
    return [_aimed(e, sent, ctx, offset) for e in _distinct(events)]


def _knows_no_act(sent, statements: list[tuple]) -> bool:
    """Whether the dictionary knows no verb of an act in ``sent`` but its speakers': where
    it knows one and made no event of it, it decided so ("Iran warned that Israel would
    attack": a foretold deed, a statement), and no guess overrules that; nor a warning."""
    if any(act.kind != "comment" for _, act, *_ in statements):
        return False  # (a warning of what no one does is pessimism: "warned of an epidemic")
    spoken = {trigger.i for *_, trigger, _ in statements}
    return not any(t.i not in spoken and t.pos_ == "VERB" and t.lemma_.lower() in lx.VERB_ACTS
                   for t in sent)


def _aimed(event: Event, sent, ctx: _Context, offset: int) -> Event:
    """An act of force (CAMEO 17-20) the rules find no target for, aimed at the first actor
    or place named after it in its own phrase ("pounded the Chechen capital Grozny",
    "executed 200 prisoners near Mosul"): force is done to someone, and a place acted on
    stands for its country (the codebook's convention). A decree (CAMEO 172: bans, curfews,
    states of emergency, a state's rule over a place) and force done to oneself are not
    aimed."""
    if event.target is not None or (event.cameo or "")[:2] not in FORCE_ROOTS or (
            event.cameo or "").startswith("172"):
        return event
    act = next((t for t in sent if offset + t.idx == event.span[0]), None)
    if act is None or any(o.lower_.endswith(("self", "selves")) for o in _children(act, "dobj")):
        return event  # (done to oneself: "blew himself up at a checkpoint in X" is where)
    if _Roles.holds_suspects(act, event.act):
        return event  # (nor where suspects were held: "arrested 14 suspects in Mombasa")
    phrase = sorted(t for c in act.children if c.i > act.i and c.dep_ not in _OTHER_CLAUSES
                    and c.lower_ not in ("off", "by") for t in c.subtree)
    # (off a coast: where, not whom; "an attack by X": its doers)
    for token in phrase:
        if token.i not in ctx.mentions:
            continue
        start, end, _ = ctx.mentions[token.i]
        if start != token.i:
            continue
        actor = ctx.land(token) or ctx.actor(sent.doc[start:end].root)
        if actor is not None and actor.code:
            return replace(event, target=actor)
    return event


#: What hangs on an act but tells another one ("bombardments and the threat of action in
#: Rafah", "shelled the town, killing 20", "said that...").
_OTHER_CLAUSES = frozenset({"conj", "cc", "advcl", "relcl", "ccomp", "parataxis", "xcomp",
                            "agent"})


def _distinct(events: list[Event]) -> list[Event]:
    """The events less repeats, and less an act with no target that the same source does to
    someone in the same sentence ("used tear gas to disperse students": on the students),
    unless it is another thing asked or promised by the same words ("demands to remove
    Israeli forces from Gaza and allow Hamas to retain power": two demands)."""
    seen, out = set(), []
    aimed: dict[tuple, set] = {}
    for e in events:
        if e.target is not None:
            aimed.setdefault((e.source.code, e.cameo), set()).add((e.span, e.content))
    for e in events:
        done = aimed.get((e.source.code, e.cameo), ())
        if e.target is None and done and ((e.span, e.content) in done or not any(
                span == e.span for span, _ in done)):
            continue
        key = (e.span, e.source.code, e.target.code if e.target else None, e.cameo)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


def _met_in_capital(target: Actor, dictionary: ActorDictionary) -> bool:
    """Whether ``target`` is rebels or an opposition named by a role word placed only by a
    capital ("the rebels in Havana")."""
    role, _, place = target.text.rpartition(" in ")
    return target.via == "role" and bool(target.code) and target.code[3:] in DISSIDENTS \
        and place.lower() in dictionary.capitals and not any(
            dictionary.names[n].code[:3] in dictionary.countries for n in role.lower().split()
            if n in dictionary.names)  # (not "Sudanese rebels in Doha")


def _party_of(target: Actor, heads, met: bool) -> bool:
    """Whether ``target`` is named in a with- or between-phrase of one of ``heads`` or of
    their object ("held talks with X"), or, ``met``, is whom they meet ("met Hamas
    leaders"; what is done together, "launched joint police patrols", is no one met)."""
    objects = [o for h in heads for o in _children(h, "dobj")]
    if met and any(target.text in o.doc[o.left_edge.i:o.i + 1].text for o in objects):
        return True
    return any(target.text in p.doc[p.left_edge.i:p.right_edge.i + 1].text
               for w in [*heads, *objects] for p in _children(w, "prep")
               if p.lower_ in ("with", "between", "among"))


def _reciprocal(trigger) -> bool:
    """Whether an act is done by its subjects to each other: a verb of exchange ("X and Y
    exchanged prisoners", "traded accusations") or "each other", "one another"."""
    if trigger.lemma_.lower() in ("exchange", "swap", "trade"):
        return True
    words = [*trigger.children, *(o for p in trigger.children if p.dep_ == "prep"
                                  for o in p.children)]  # "accused each other", "with one another"
    return any(w.dep_ in ("dobj", "pobj") and (w.lower_ in ("other", "another") or any(
        c.lower_ == "another" for c in w.children)) for w in words)


def _others(target: Actor, source: Actor, kind: str, cameo: str) -> bool:
    """Whether a target with its source's code is still others than the source: people named
    by a role word alone, placed in the country of the state agent that acts on them ("11
    princes", "a lawyer"), or another body of the same state ("the president criticised the
    central bank", "the country's central bank"), or people of the source's own kind its
    violence is done to ("villagers beat two men to death"), not the source itself named
    again."""
    described = target.via == "role" and not target.name or (
        target.via == "coreference" and target.text.lower() not in PRONOUNS)
    return described and target.text != source.text and ((source.code or "")[3:] in \
        STATE_AGENTS and (kind in lx.HOSTILE or cameo[:2] in INTERNAL_ROOTS)
        or cameo[:2] in ASSAULT_ROOTS)


#: Violence one of a people does to others of it (CAMEO 18-20): "villagers beat two men to
#: death", "a mob lynched a man": civilians on civilians, each named by a role alone.
ASSAULT_ROOTS = frozenset({"18", "19", "20"})


#: A state's bodies that act only within its borders, on those in its jurisdiction (its police
#: and spies also act where it holds land not its own).
CIVIL_POWERS = frozenset({"GOV", "JUD", "LEG"})


def _in_custody(target: Actor, sources: list[Actor], cameo: str,
                dictionary: ActorDictionary) -> Actor | None:
    """A role with no country that a state's civil power arrests, tries, bans, frees or
    pardons (CAMEO 17, 084) is in that state's hands, wherever else the sentence speaks of
    ("a Moscow court jailed a councillor for criticising the war in Ukraine": a Russian
    councillor); armies, which coerce abroad too, leave it to :meth:`_Context.situate`."""
    if target.code not in AGENT_CODES or not (cameo[:2] == "17" or cameo[:3] == "084"):
        return None
    country = next((s.code[:3] for s in sources if s.code and len(s.code) == 6
                    and s.code[3:] in CIVIL_POWERS and s.code[:3] in dictionary.countries),
                   None)
    return Actor(target.text, country + target.code, target.name, target.via) if country \
        else None


def _victims_of(plover: str | None, sources: list[Actor], speakers: list[Actor]) -> list:
    """Whose country a target role with no country named takes, after where the event
    happens: the sources' (police arrested protesters: theirs), but force is reported across
    a border by the other side first ("Israeli air strikes killed 12 civilians, Palestinian
    officials said": Palestinian civilians)."""
    own = {(a.code or "")[:3] for a in sources}
    if plover == "ASSAULT" and not any((a.code or "").endswith("COP") for a in sources):
        return [*(a for a in speakers if (a.code or "")[:3] not in own), *sources, *speakers]
    return [*sources, *speakers]


#: Acts a state does to its own other bodies or people as much as to others (asks, yields,
#: probes, demands, disapproves, rejects, threatens, coerces): a target of the source's own
#: code is another of its bodies. Meeting or helping them is no news of its own.
INTERNAL_ROOTS = frozenset({"02", "08", "09", "10", "11", "12", "13", "17"})

#: CAMEO's verbal acts (its quad classes of verbal cooperation and verbal conflict): what
#: their source says is said where it speaks, not where the thing it speaks of happens.
VERBAL_ROOTS = frozenset({"01", "02", "03", "04", "05", "10", "11", "12", "13"})

#: CAMEO's roots of dealings with a party (consultation, diplomatic
#: cooperation): where they take place is a venue, often a third country's, not the party's.
PARTNERS_ROOTS = frozenset({"04", "05"})
#: ... and intents to meet, settle or mediate (036-039).
MEETING_INTENTS = frozenset({"036", "037", "038", "039"})
#: Intents that partners state together besides meeting and cooperating: to cooperate
#: materially (031) and to meet or negotiate (036).
JOINT_INTENTS = frozenset({"031", "036"})
#: Besides consultations (04), the codes of settling with a party: intents to meet or settle
#: (036, 037) and agreements signed (057); rebels a state settles with are its own.
SETTLING_CODES = frozenset({"036", "037", "057"})


def _country_named(actor: Actor, dictionary: ActorDictionary) -> bool:
    """Whether ``actor`` is a country named as such ("Japan", "Israel's air strikes"; not
    "Japanese police", nor a town standing for its country)."""
    entry = dictionary.names.get(actor.name.lower())
    return entry is not None and entry.kind == "country" and entry.code == actor.code


#: What an adverbial clause or phrase that tells when or why is marked by: its act is the
#: background of the act it modifies, not the sentence's news.
BACKGROUND_MARKS = frozenset({"after", "before", "since", "when", "while", "as", "once",
                              "following", "amid", "because", "whereas"})
#: How far an act told as background ranks below the acts of the clause it tells it for: more
#: than a reported clause's act can lose to it otherwise (the lead of the clauses right under
#: the root, a source named by a pronoun, a missing target; see :func:`_events`), so "after
#: X and Y agreed to a truce, the army said it had deployed troops" reports the deployment.
BACKGROUND = 0.2


def _background(trigger, acts: set[int]) -> bool:
    """Whether an act is told as the background of another: in a clause or phrase of time or
    cause ("after Israel and Hezbollah agreed to a truce", "following the killing of ...",
    "when troops tried to retake the town"), or in a clause under one, beside a clause that
    reports an act of its own (``acts``: the tokens that code one). Beside a clause that
    reports none, it is the news ("talks hit a roadblock as Hamas envoys abandoned
    negotiations")."""
    node = trigger
    while node.head.i != node.i:
        clause = node.dep_ == "advcl" and any(  # (the parser makes "when" an adverb)
            c.dep_ in ("mark", "advmod") and c.lower_ in BACKGROUND_MARKS and c.i < node.i
            for c in node.children)
        if clause and _reports_act(node.head, node, acts):
            return True
        phrase = node.dep_ in ("pobj", "pcomp") and node.head.lower_ in BACKGROUND_MARKS
        if phrase and _reports_act(node.head.head, node.head, acts):
            return True
        node = node.head
    return False


def _reports_act(head, background, acts: set[int]) -> bool:
    """Whether the clause of ``head`` codes an act outside ``background``: the head, what it
    governs and the clauses it reports ("said it had recalled its ambassador"), not the
    clauses conjoined to it (acts of their own)."""
    stack = [head]
    while stack:
        token = stack.pop()
        if token.i in acts:
            return True
        stack.extend(c for c in token.children if c.i != background.i and c.dep_ != "conj")
    return False


def _events(sent, index, ctx, coder, sources, act, modality, negated, trigger, confidence,
            offset, date, chooser: Chooser, *, background: bool = False) -> list[Event]:
    cameo = lx.combined_code(modality, act.kind)
    if cameo is None or not sources:
        return []
    if act.found == "similar":  # guessed from word vectors: below any dictionary match
        confidence = min(confidence, similar.CONFIDENCE)
    entry = cameo_code(cameo)
    modality = lx.stance_of_code(modality, entry.cameo)
    speakers = _speaker(trigger, coder)
    said_by = speakers[0] if speakers else None
    # "sent troops to the border with X": one's own forces are not the target, X is
    # nor are the sources' own things ("condemned the attack on its embassy in Baghdad": IRQ)
    targets = [t for t in act.targets if not own_forces(act.kind, t, sources, modality)
               and not any(t.code and t.code == s.code and not _others(t, s, act.kind, entry.cameo)
                           for s in sources)]
    # a name the dictionary lacks ("Katyusha rockets into northern Israel", "their Bright
    # Star exercises") is no target beside one it knows, nor beside the subjects' partners
    if any(t.code for t in targets) or len(sources) > 1:
        targets = [t for t in targets if t.code]
    joint = len(sources) > 1 and (entry.plover in ("CONSULT", "AGREE", "COOPERATE", "ASSAULT")
                                  or act.kind in lx.BILATERAL or _reciprocal(trigger))
    if joint:  # partners' own ("signed a treaty at the Elysee Palace") are no third party,
        # but rebels fought by partners are, whoever's they are ("Ugandan and Congolese troops
        # attacked ADF rebel camps": Ugandan rebels)
        # (nor are people of theirs that no name places: "exchanged ambassadors")
        theirs = {actor_root(s.code) for s in sources}
        targets = [t for t in targets if actor_root(t.code) not in theirs and (
            t.code not in AGENT_CODES or entry.plover == "ASSAULT") or (
            entry.plover == "ASSAULT" and t.code[3:] == "REB"
            and t.code not in {s.code for s in sources})]
    together = entry.plover in ("CONSULT", "COOPERATE") or entry.cameo[:3] in JOINT_INTENTS
    if joint and together and modality not in ("appeal", "demand") and len(
            {actor_root(s.code) for s in sources}) > 1:
        # partners who meet or work together do so with each other, not with whom their
        # work is aimed at or about ("Nigerian and Cameroonian troops swept against Boko
        # Haram", "agreed to share intelligence on North Korea"), nor their host ("talks in
        # Baghdad, hosted by Iraq"): only a party they do it with stays ("met with X")
        targets = [t for t in targets if _party_of(t, (trigger, act.head),
                                                   met=entry.plover != "COOPERATE")]
    # (what subjects do together is with each other; a name the dictionary lacks gives way to
    # one implied: "put its Baltic Fleet on alert as NATO began exercises")
    implied = not any(t.code for t in targets) and not joint
    if implied:  # (told apart from one's own forces there: see Roles.implied_targets)
        found = coder.implied_targets(trigger, act, modality, sources)
        implied = bool(found) or not targets  # (else the unknown names stay, as given)
        targets = found or targets
        if entry.cameo[:2] == "09":  # (nor an inquiry's: see Roles.cleared)
            targets = coder.cleared(act.head, targets, sources)
    # a role with no country is the speaker's, else the article's dateline's ("KABUL (AP) —
    # the minister ..."), before it is its target's ("Iranian media said the navy seized a
    # British tanker": Iran's navy; "hostages in Gaza criticised Israel": Israelis); a
    # state's agent never takes that of a country named as the one it acts on ("the foreign
    # minister criticised Japan" is no Japanese minister), nor, saying something, that of a
    # place it speaks of ("a spokesman condemned the air strikes on Gaza")
    home = [ctx.memory.home] if ctx.memory.home else []
    verbal = entry.cameo[:2] in VERBAL_ROOTS
    foreign = [t for t in targets if not _country_named(t, ctx.dictionary)
               and not (verbal and t.code in ctx.dictionary.countries)]
    partners = entry.cameo[:2] in PARTNERS_ROOTS or entry.cameo in MEETING_INTENTS
    # (parties that meet each other are of the country one of them names, not the venue's:
    # "talks between Khartoum and southern rebels were resumed in Naivasha")
    sources = [ctx.situate(a, [*(o for o in sources if o is not a), *targets]
                           if joint and partners else
                           foreign if a.code in STATE_AGENTS else targets,
                           context=[*speakers, *home], verbal=verbal, said=trigger,
                           speakers=speakers, party=joint and partners)
               for a in sources]
    # rebels or an opposition a state talks or settles with in a capital are its own, the
    # capital only where the talks are held ("resumed talks with the rebels in Havana", "met
    # rebel leaders in Doha"): rebels are not placed by a foreign capital
    home_side = [s.code[:3] for s in sources if s.code and s.code[:3] in ctx.dictionary.countries
                 and (len(s.code) == 3 or s.code[3:] in STATE_AGENTS)]
    if home_side and (entry.cameo[:2] == "04" or entry.cameo[:3] in SETTLING_CODES):
        targets = [Actor(t.text, home_side[0] + t.code[3:], t.name, t.via)
                   if _met_in_capital(t, ctx.dictionary) else t for t in targets]
    # (else the country of a target named with it: "the army and the Tamil Tigers")
    victims = _victims_of(entry.plover, sources, speakers)
    targets = [_in_custody(a, sources, entry.cameo, ctx.dictionary) or ctx.situate(
        a, [*victims, *targets], party=partners) for a in targets]
    if entry.cameo == PLAIN_STATEMENT:
        # a plain statement has no party in those it is told to ("told parliament", "told a
        # rally of supporters", "told European leaders at a summit"), nor in the speaker's
        # own side
        told = {a.text for o in _children(trigger, "dobj", "dative") for a in ctx.actors(o)
                } if trigger.lemma_.lower() in TELLING_VERBS else set()
        own = {actor_root(s.code) for s in sources if s.code}
        targets = [t for t in targets if t.text not in told and not (
            t.code and actor_root(t.code) in own)]
    if len(sources) == 1 and sources[0].code and not joint and chooser is not arguments.RULES:
        # the learned choice among all named actors, placed as the rules place theirs;
        # weighing them teaches the article's memory nothing
        learned = len(ctx.found)
        named = [(token, _in_custody(a, sources, entry.cameo, ctx.dictionary) or ctx.situate(
            a, [*victims, *targets], party=partners)) for token, a in ctx.named_actors]
        # (a stance's content is the act: "remove" in "demands to remove X")
        word = act.head if modality and act.head.sent == trigger.sent else trigger
        targets = choose_target(chooser, targets, named, word, sources[0], entry.cameo,
                                modality, offset + trigger.idx, lambda token, a: conventions(
                                    coder, word, token, a, act.kind, entry.cameo, sources,
                                    modality, speakers))
        del ctx.found[learned:]
    doc = sent.doc
    start = offset + trigger.idx
    end = offset + trigger.idx + len(trigger.text)
    if act.head.i != trigger.i:
        head = act.head
        start = min(start, offset + head.idx)
        end = max(end, offset + head.idx + len(head.text))
    content = doc[act.content[0]:act.content[1]].text if act.content else ""
    # where: a place named among the trigger's own words (only names are looked at)
    left, right = trigger.left_edge.i, trigger.right_edge.i
    place = ctx.place([doc[i] for i in sorted(ctx.mentions) if left <= i <= right
                       and _owns(trigger, doc[i])])
    if place is None and act.kind in ("talks", "consult", "mediate", "halt_talks"):
        place = ctx.place([t for n in sent if _noun_act(n) in ("talks", "mediate")
                           for t in n.subtree])
    # the sentence's main act first: its root verb, then the clauses right under it; an act
    # told as the background of another ("after X shelled Y", "following the killing of")
    # after the acts it is the background of
    main = 0.1 if trigger.dep_ == "ROOT" else 0.05 if trigger.head.dep_ == "ROOT" else 0.0
    if background:
        main -= BACKGROUND
    out = []
    pairs = []
    if targets:
        # an actor is not its own target, but the act stays ("Russian police arrested
        # Russian students": RUSCOP and RUSEDU; "Israel defends Israel": no target); people
        # named only by a role that a state coerces are others of the same body ("Saudi
        # authorities arrested 11 princes", "an Iranian court sentenced a lawyer": SAUGOV and
        # SAUGOV)
        pairs = [(s, t) for s in sources for t in targets if (
            t.code != s.code or t.code is None or _others(t, s, act.kind, entry.cameo))
                 and (implied or not own_forces(act.kind, t, [s], modality))]
        pairs += [(s, None) for s in sources if not any(p[0] is s for p in pairs)]
        if act.kind in ("talks", "consult") and modality in (
                None, "expected", "possible", "hypothetical"):
            # meeting is mutual: "X met Y" is Y meeting X too (not so an appeal to meet)
            pairs += [(t, s) for s, t in pairs if t is not None and t.code is not None
                      and (t, s) not in pairs]
    elif joint:
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
            found=act.found,
        ))
    return out
