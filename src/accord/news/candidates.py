"""The actors a sentence offers as the target of one of its acts, what the coder's conventions
say of each, and the choice among them where the rules found none.

The rules (:mod:`accord.news.roles`) attach a target by the constructions they know and
leave none where they know none; the learned model (:mod:`accord.news.arguments`) then picks
among the actors the sentence names, or none. There it does not overrule the conventions the
rules hold to whatever the parse: a broker, a destination, where talks are held, the victims of a
condemned attack, a companion, the sources' own forces, the source's own words and phrase,
the speaker, an audience, a topic, who reacts to the act or condemns it, the doers of clauses
conjoined above the act's, and the things an inquiry looks into are no targets (each named
in :data:`RULED_OUT`; the tests of ``tests/news`` hold them). An actor named in another
clause than the act's is taken only when the model is sure of it
(:data:`arguments.ACROSS_CLAUSES`). Where the rules found a target, the model takes another
actor only when it is surer still (:data:`arguments.OVERRULE`); measured on the held-out
splits, such overrides are right more often than the conventions they break.
"""

from __future__ import annotations

from . import lexicon as lx
from .actors import Actor, actor_root
from .arguments import Choice, Chooser, candidate_features, no_target_features
from .coder import _Coder
from .mentions import PLACE_PREPS, _site
from .predicates import _children, _noun_act
from .roles import (
    FORCE_ROOTS,
    PLAIN_STATEMENT,
    TALK_ACTS,
    TELLING_VERBS,
    TOPIC_VERBS,
    _agent_named,
    _companion,
    _victim,
    own_forces,
)

__all__ = ["RULED_OUT", "choose_target", "conventions"]

#: What the rules' conventions (see :func:`conventions`) say is no target of an act, whatever
#: the model says.
RULED_OUT = frozenset({"broker", "destination", "venue", "victim", "companion", "own forces",
                       "itself", "where", "governing argument", "topic", "told",
                       "coordinated clause", "in the source's phrase", "investigated thing",
                       "speaker", "own side of a statement", "suspect"})
#: Relations that open another clause (a conjoined verb's too: see :func:`_across_clauses`);
#: unlike ``events._OTHER_CLAUSES`` (what hangs on an act), only clauses, not their words.
CLAUSES = frozenset({"advcl", "relcl", "ccomp", "parataxis"})
#: Prepositions of where something is done.
LOCATIVE_PREPS = frozenset({*PLACE_PREPS, "outside", "over"})
#: ... that, before a country, say whom it is aimed at, not where: "sanctions imposed on
#: India", "a show of force aimed at Malaysia" (a country is no spot one is on or at).
AIMED = frozenset({"on", "at"})


def choose_target(chooser: Chooser, targets: list[Actor], named: list, word, source: Actor,
                  cameo: str, modality: str | None, at: int, describe) -> list[Actor]:
    """The act's targets as ``chooser`` picks them among the actors the sentence names
    (``named``: their words and actors) or none: the rules' ``targets`` when it keeps their
    choice or picks another word for the same actor, and when their choice is no actor
    named here (one remembered from earlier sentences). ``word`` names the act, ``at`` is
    the character offset of the word that tells it; ``describe(token, actor)`` gives what the
    conventions say of a candidate (:func:`conventions`). Where the rules found none, the
    actors the conventions rule out are no options."""
    if targets and not any(t.code for t in targets):
        # only names the dictionary lacks ("the mine's owner Lonmin"): the model may find an
        # actor it knows, else they stay as given
        return choose_target(chooser, [], named, word, source, cameo, modality, at,
                             describe) or targets
    rule = actor_root(targets[0].code) if targets else None
    options, seen = list(named), None
    index = 0
    if targets:
        index = next((k for k, (_, a) in enumerate(options, 1)
                      if actor_root(a.code) == rule), -1)
        if index < 0:
            return targets
    else:  # the model chooses among those the conventions leave
        said = [describe(token, actor) for token, actor in named]
        keep = [k for k, c in enumerate(said) if not RULED_OUT.intersection(c)]
        options, seen = [options[k] for k in keep], [said[k] for k in keep]

    def features() -> tuple[tuple[str, ...], ...]:
        conventions = seen if seen is not None else [describe(t, a) for t, a in options]
        return (no_target_features(word, cameo, modality, len(options)),
                *(candidate_features(word, token, a, source, cameo, modality, c)
                  for (token, a), c in zip(options, conventions)))

    choice = Choice((None, *(a for _, a in options)), features, index, at, source.code)
    best = choice.actors[chooser.choose(choice)]
    if targets and (best is None or actor_root(best.code) == rule):
        return targets
    return [best] if best else []


def conventions(coder: _Coder, trigger, token, actor: Actor, kind: str, cameo: str, sources,
                modality: str | None, speakers=()) -> tuple[str, ...]:
    """What the rules' conventions say of ``token`` naming ``actor`` beside the act
    ``trigger`` names (of kind ``kind`` and code ``cameo``, done by ``sources``, said by
    ``speakers``), for the learned choice: the
    features of :data:`RULED_OUT`, "another clause", a "thing" named by whose it is, and the
    kind of name it is (country, place, organisation...)."""
    found = []
    if _agent_named(token):
        found.append("broker")
    if coder.destination(trigger, token):
        found.append("destination")
    if token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPS and coder.venue(token):
        found.append("venue")
    if _victim(token) and trigger != token.head.head and not (
            trigger == token.head.head.head and trigger.lemma_.lower() in lx.LIGHT_VERBS):
        found.append("victim")  # (of another act: a condemned attack's, "condemned the
        # sinking of a warship"; not the act's own, nor one a light verb does: "launched
        # an attack on X")
    if token.dep_ == "pobj" and _companion(token.head):
        found.append("companion")
    if own_forces(kind, actor, sources, modality):
        found.append("own forces")
    if any(actor.code == s.code or actor.text == s.text or _within(s, actor) for s in sources
           ) or any(c.dep_ in ("nsubj", "nsubjpass") and c.i == token.i
                    for c in trigger.children) or (
            any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in token.children)
            and any(s.code and actor_root(s.code) == actor_root(actor.code) for s in sources)):
        found.append("itself")  # (or its own, so marked: "looted from its temples")
    if any(actor.text == s.text for s in speakers):
        found.append("speaker")
    if kind == "protest" and not coder.not_held_at({trigger}, sources, [actor]):
        found.append("where")  # (a body a rally is only held outside: Roles.not_held_at)
    if not coder.no_suspects(trigger, kind, (actor,)):
        found.append("suspect")  # (held as a suspect, of no side, or where: Roles.no_suspects)
    if cameo == PLAIN_STATEMENT and any(
            s.code and actor_root(actor.code) == actor_root(s.code) for s in sources):
        found.append("own side of a statement")  # (as the rules hold for plain statements)
    if _across_clauses(trigger, token):
        found.append("another clause")
    if _coordinated(trigger, token):
        found.append("coordinated clause")
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.is_ancestor(token) for c in trigger.children):
        found.append("in the source's phrase")  # ("nurses in the state of Kano walked out")
    # (a protest's, or a word of the place noun there: "rioted in the Tunisian town of X")
    protest = kind in lx.DISSENT
    spot = _site(token) if protest else token
    if spot.dep_ == "pobj" and spot.head.lower_ in LOCATIVE_PREPS and (
            token.i in coder.ctx.mentions and (coder.ctx.mentions[token.i][2].kind == "place"
                                                or coder.ctx.mentions[token.i][2].kind
                                                == "country" and spot.head.lower_ not in AIMED)
            or protest and coder.ctx.whereabouts(token)) \
            and lx.ACT_CODES.get(kind, "")[:2] not in FORCE_ROOTS:
        found.append("where")  # (a place force is used in stands for its country)
    if _governing_argument(trigger, token):
        found.append("governing argument")
    if any(v.lemma_.lower() in TOPIC_VERBS and any(o.is_ancestor(token) or o.i == token.i
                                                   for o in _children(v, "dobj") + [
            # (a phrase the parser hangs on the verb: "discuss refugees from South Sudan")
            p for p in _children(v, "prep") if p.lower_ != "with"])
           for v in trigger.sent) or (
            token.dep_ == "pobj" and token.head.lower_ in ("on", "about", "over", "regarding")
            and _talks(token.head.head)) or cameo[:2] == "01" and any(
            p.lower_ in ("on", "about", "regarding") and p.is_ancestor(token)
            for p in _children(trigger, "prep")):
        # (what a statement is on: "had no comment on reports that X expelled ...")
        found.append("topic")
    if trigger.lemma_.lower() in TELLING_VERBS and token.dep_ in ("dobj", "dative") and \
            token.head.i == trigger.i:
        found.append("told")
    if token.pos_ == "NOUN" and token.i not in coder.ctx.mentions and not any(
            coder.ctx.dictionary.agent(w) for w in (token.lower_, token.lemma_.lower())):
        found.append("thing")  # (named by whose it is: "French goods", "state land")
        if lx.ACT_CODES.get(kind, "")[:2] == "09":
            found.append("investigated thing")  # (an inquiry into a sale is no one's)
    if token.i in coder.ctx.mentions:
        found.append(f"name {coder.ctx.mentions[token.i][2].kind}")
    return tuple(found)


def _within(source: Actor, actor: Actor) -> bool:
    """Whether ``actor``'s words hold the source's own and it is the source's ("Chinese
    troops" for a source "Chinese" the parser split off them)."""
    return bool(source.code) and actor_root(source.code) == actor_root(actor.code) and (
        f" {source.text} " in f" {actor.text} ")


def _across_clauses(trigger, token) -> bool:
    """Whether the path between an act's word and ``token`` passes from one clause into
    another (a conjoined, adverbial, relative or reported one)."""
    common = next((a for a in (trigger, *trigger.ancestors) if a.is_ancestor(token)
                   or a.i == token.i), None)
    if common is None:
        return True
    path = [t for t in (trigger, *trigger.ancestors) if t.i != common.i and common.is_ancestor(t)]
    path += [t for t in (token, *token.ancestors) if t.i != common.i and common.is_ancestor(t)]
    return any(t.dep_ in CLAUSES or t.dep_ == "conj" and t.pos_ in ("VERB", "AUX")
               for t in path)


def _coordinated(trigger, token) -> bool:
    """Whether ``token`` is in a clause conjoined to one above the act's ("talks hit a
    roadblock as X abandoned them, and Y vowed to resume operations": Y is no party to the
    walk-out)."""
    heads = [t.i for t in trigger.ancestors]
    return any(t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and t.head.i in heads
               for t in (token, *token.ancestors)) and not trigger.is_ancestor(token)


def _governing_argument(trigger, token) -> bool:
    """Whether ``token`` is in another argument (subject or object) of a verb whose argument
    the act is in, or in an argument of a verb the act's clause hangs on: who condemns an
    attack, whom a build-up alarms, is no party to it. A verb the act's verb is conjoined to,
    with no subject of its own, shares its arguments ("closed the office of X and ordered
    its staff out": X)."""
    below = trigger
    for verb in trigger.ancestors:
        coordinated = below.dep_ == "conj" and not _children(below, "nsubj", "nsubjpass")
        below = verb
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        arguments = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
        holding = [c for c in arguments if c.i == trigger.i or c.is_ancestor(trigger)]
        # (nor are its arguments when the act is in a clause of it: "talks of a Gaza
        # ceasefire hit a roadblock as Hamas abandoned negotiations")
        others = [c for c in arguments if c not in holding and (holding or not coordinated)]
        if any(c.i == token.i or c.is_ancestor(token) for c in others):
            return True
    return False


def _talks(word) -> bool:
    """Whether ``word`` names talks (a verb or a noun)."""
    return _noun_act(word) in TALK_ACTS or lx.VERB_ACTS.get(word.lemma_.lower()) in TALK_ACTS
