"""Stances: what each party demands, rejects, accepts or proposes on the scenario's issues.

A coded event becomes a stance when its source belongs to a scenario party and what it is
about (the demanded, rejected or accepted act, as the text words it) matches one of an issue's
options; so does a claim (:mod:`accord.news.claims`: "accepted phased automation", "said it
would not accept a ban on cranes") whatever its object, unless an event of the same sentence
gives the party another stance on that option. Matching is by words: an option's name
(``permanent_end_upfront``: permanent, end, upfront), and its ``aliases:`` in the scenario
("remove Israeli forces from Gaza"). A phrase matches when most of its content words occur; a
one-word match also needs a word of the issue (its name or description) in the text, so that
"full" alone never decides an issue.

A stance is dated by its article: a date its sentence names is a deadline ("threatened to
walk out by March 20") or a past event's, not when the party took the stance.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..model import Scenario
from .actors import ActorDictionary
from .claims import Claim
from .events import Event
from .reader import Reading

__all__ = ["Stance", "match_options", "stances"]

KINDS = {"demand": "demands", "appeal": "demands", "refusal": "rejects", "agree": "accepts",
         "propose": "proposes"}
_STOP = frozenset("""a an the to of in on for from and or with by at as is are be its it their
his her that this these those any all toward towards into over under upfront""".split())  # noqa: SIM905
_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class Stance:
    """A party's stance on one option of an issue, with the sentence it rests on."""

    party: str
    issue: str
    option: str
    stance: str  # demands, rejects, accepts or proposes
    confidence: float
    evidence: str
    document: str
    sentence: int
    date: str | None = None

    def to_dict(self) -> dict:
        return {"party": self.party, "issue": self.issue, "option": self.option,
                "stance": self.stance, "confidence": self.confidence,
                "evidence": self.evidence, "document": self.document,
                "sentence": self.sentence, "date": self.date}


def _words(text: str) -> set[str]:
    out = set()
    for w in _WORD.findall(text.lower().replace("_", " ")):
        if w in _STOP:
            continue
        out.add(w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w)
    return out


def _phrases(scenario: Scenario) -> dict[str, dict[str, list[set[str]]]]:
    return {name: {str(o): [w for p in (str(o), *issue.aliases.get(str(o), ()))
                            if (w := _words(p))]
                   for o in issue.options}
            for name, issue in scenario.issues.items()}


def match_options(scenario: Scenario, text: str) -> list[tuple[str, str, float]]:
    """``(issue, option, score)`` for every option the text names, best first per issue.

    A word counts ``1/k`` when the phrases of ``k`` issues use it, so words shared across
    issues ("Israeli", "Gaza") cannot decide one alone.
    """
    words = _words(text)
    phrases = _phrases(scenario)
    spread: dict[str, int] = {}
    for options in phrases.values():
        for w in set().union(*(p for ps in options.values() for p in ps)):
            spread[w] = spread.get(w, 0) + 1
    found = []
    for name, issue in scenario.issues.items():
        cues = _words(name) | _words(issue.description)
        best: tuple[float, str] | None = None
        for option, option_phrases in phrases[name].items():
            for wanted in option_phrases:
                hit = wanted & words
                score = sum(1 / spread[w] for w in hit) / sum(1 / spread[w] for w in wanted)
                if score < 0.6 or (len(hit) < 2 and not (cues & words)):
                    continue
                if best is None or score > best[0]:
                    best = (score, str(option))
        if best is not None:
            found.append((name, best[1], round(best[0], 2)))
    return found


def stances(readings: Iterable[Reading], scenario: Scenario, dictionary: ActorDictionary
            ) -> list[Stance]:
    """Every stance the readings state, strongest first."""
    out = []
    for reading in readings:
        claimed = [(claim.nominal, s) for claim in reading.claims
                   for s in _claimed(claim, reading, scenario, dictionary)]
        # (a party's own stance noun decides its stance on what the noun names: "refused to
        # drop its demand for X" demands X, "dropped its demand for X" states none)
        own = {_key(s): s.stance for nominal, s in claimed if nominal}
        coded = [s for event in reading.events
                 for s in _stances(event, reading, scenario, dictionary)
                 if own.get(_key(s), s.stance) == s.stance]
        # (an event's stance on an option stands over a claim's other one in the sentence)
        told = {_key(s): s.stance for s in coded}
        out.extend(coded)
        out.extend(s for nominal, s in claimed if s.stance != "withdraws" and (
            nominal or own.get(_key(s), s.stance) == told.get(_key(s), s.stance) == s.stance))
    out.sort(key=lambda s: (-s.confidence, s.document, s.sentence))
    seen, unique = set(), []
    for s in out:
        key = (s.party, s.issue, s.option, s.stance, s.document, s.sentence)
        if key not in seen:
            seen.add(key)
            unique.append(s)
    return unique


def _key(s: Stance) -> tuple:
    return s.party, s.issue, s.option, s.sentence


def _claimed(claim: Claim, reading: Reading, scenario: Scenario,
             dictionary: ActorDictionary) -> list[Stance]:
    """The stances a claim states on the options its object names."""
    party = dictionary.party_of(claim.source.code)
    if party is None:
        return []
    return [Stance(party, issue, option, claim.stance, round(claim.confidence * score, 2),
                   reading.sentences[claim.sentence].text, reading.name, claim.sentence,
                   reading.date)
            for issue, option, score in match_options(scenario, claim.object)]


def _stances(event: Event, reading: Reading, scenario: Scenario,
             dictionary: ActorDictionary) -> list[Stance]:
    kind = KINDS.get(event.modality or "")
    party = dictionary.party_of(event.source.code)
    if kind is None or party is None or event.negated:
        return []
    sentence = reading.sentences[event.sentence].text
    return [Stance(party, issue, option, kind, round(event.confidence * score, 2), sentence,
                   reading.name, event.sentence, reading.date)
            for issue, option, score in match_options(scenario, event.content or sentence)]
