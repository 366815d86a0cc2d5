"""Scenario updates proposed by the news, each traceable to its sentence.

- A walk-out (a party halting talks) becomes a ``walk_out`` dynamics event: while the talks are
  suspended, the party returns after ``returns_after`` rounds; once they collapsed, it does not.
  A walk-out the reports see over (the talks resumed, were held or reached an agreement, in
  its article or a later one) is listed and not applied: the talks went on.
- A threat of force becomes a walk-away (reservation value) shift: up by ``threat_shift`` for
  the party that threatens (fighting on looks better to it) and by ``threatened_shift`` (a
  negative number) for the party threatened. The defaults, +0.04 and -0.05, are those of the
  flagship scenario's Rafah threat; when the report names no target and the scenario has two
  negotiating parties, the other one is taken as threatened.
- A stated demand, acceptance or proposal becomes a position change; a rejection of the
  party's own current position is reported as a conflict and not applied, and so are the
  stances of articles of one date that contradict one another (one accepts what another says
  the party rejected, or they give it different positions): which came first is not told.
- Dates are the articles' (a stance or change is as of its article, not of a deadline or a
  past event its sentence names). Where the party's
  salience on the issue is 0 (its stated salience, else its weight, as forecasting reads it),
  the change says that the salience stays 0: the news gives a position, not how much the party
  cares, so the new position weighs in nothing until the analyst sets one.

Nothing is applied silently: :func:`propose_updates` lists the changes (already-modelled ones
say so), :func:`apply_updates` returns the new scenario, and every change adds a note or a
``note:`` citing the sentence, the article and its date, with the article as a source.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..errors import AccordInputError
from ..io.yaml import dump_scenario, parse_scenario
from ..model import Note, Scenario, Source
from ..model.dynamics import Deadline, ReservationChange, WalkOut
from .actors import ActorDictionary
from .reader import Reading
from .stances import Stance
from .status import TalkStatus, negotiating_sides, went_on_after
from .text import document_title

__all__ = ["Change", "UpdateOptions", "apply_updates", "propose_updates", "scenario_diff",
           "text_diff"]


@dataclass(frozen=True)
class UpdateOptions:
    """How news becomes scenario changes (see the module docstring for the defaults).

    Shifts are changes of a walk-away value on the 0-1 utility scale, so at most 1 either way
    (a dynamics event refuses more); confidences are 0-1.
    """

    threat_shift: float = 0.04
    threatened_shift: float = -0.05
    returns_after: int = 5
    min_confidence: float = 0.5

    def __post_init__(self) -> None:
        for name, low, high in (("threat_shift", -1, 1), ("threatened_shift", -1, 1),
                                ("min_confidence", 0, 1)):
            value = getattr(self, name)
            if not low <= value <= high:
                raise AccordInputError(f"must be from {low} to {high}, not {value:g}",
                                       field="--" + name.replace("_", "-"))
        if self.returns_after < 1:
            raise AccordInputError(f"must be at least 1 round, not {self.returns_after}",
                                   field="returns_after")


@dataclass(frozen=True)
class Change:
    """One proposed change; ``applied`` is False for conflicts and already-modelled facts."""

    kind: str  # position, walk_out, reservation_change, deadline, agreement, conflict, status
    party: str | None
    issue: str | None
    old: object
    new: object
    description: str
    evidence: str
    document: str
    date: str | None
    confidence: float
    applied: bool = True

    def to_dict(self) -> dict:
        return {k: getattr(self, k) for k in ("kind", "party", "issue", "old", "new",
                                               "description", "evidence", "document", "date",
                                               "confidence", "applied")}


def propose_updates(scenario: Scenario, readings: Sequence[Reading], stances: Sequence[Stance],
                    status: TalkStatus, dictionary: ActorDictionary,
                    options: UpdateOptions = UpdateOptions()) -> list[Change]:
    """The changes the readings call for, strongest evidence first."""
    changes = [Change("status", None, None, None, status.status,
                      f"talk status after the reports: {status.status}", status.sentence or "",
                      status.document or "", status.date,
                      status.event.confidence if status.event else 0.0, applied=False)]
    changes += _position_changes(scenario, stances, options)
    changes += _event_changes(scenario, readings, status, dictionary, options)
    changes += _status_changes(scenario, status)
    return changes


def _status_changes(scenario: Scenario, status: TalkStatus) -> list[Change]:
    """Talks reported collapsed end the negotiation: a ``deadline`` event at once (round 0),
    unless the scenario already ends its talks at round 0. Suspension is the parties'
    walk-outs (see :func:`_event_changes`); talks active or resumed change nothing; an
    agreement has no dynamics event, so it is listed and not applied; reports of one date
    that disagree are a conflict, and nothing is applied from them."""
    if status.status == "disputed":
        told = "; ".join(f"{s.status} ({s.document})" for s in status.disputed)
        return [Change("conflict", None, None, None, None,
                       f"the reports of {status.date} disagree on the talks: {told}; nothing "
                       "is applied from them: check which is right",
                       " / ".join(s.sentence or "" for s in status.disputed),
                       ", ".join(s.document or "" for s in status.disputed), status.date,
                       0.0, applied=False)]
    if status.status not in ("collapsed", "agreed"):
        return []
    confidence = status.event.confidence if status.event else 0.0
    where = (status.sentence or "", status.document or "", status.date, confidence)
    if status.status == "agreed":
        return [Change("agreement", None, None, None, None,
                       "the reports say the talks reached an agreement: no dynamics event "
                       "models that; set the parties' positions to its terms by hand",
                       *where, applied=False)]
    modelled = next((d.id or d.label for d in scenario.dynamics
                     if d.type == "deadline" and d.round == 0 and d.condition is None), None)
    return [Change("deadline", None, None, modelled, {"round": 0},
                   "the talks collapsed: the negotiation ends at once"
                   + (f" (already modelled by '{modelled}')" if modelled else ""),
                   *where, applied=not modelled)]


def _position_changes(scenario, stances, options) -> list[Change]:
    """The position changes the stances propose, in the order the reports tell them: by date
    (undated articles first, in the order read), then by sentence, each building on the
    position the earlier ones left, so that the latest stated position is the one written.
    Within one article, the most confident stance of each kind per party and issue is
    taken, and every option rejected."""
    chosen: dict[tuple, Stance] = {}
    for s in sorted(stances, key=lambda s: -s.confidence):
        if s.confidence >= options.min_confidence:
            chosen.setdefault((s.document, s.party, s.issue, s.stance,
                               s.option if s.stance == "rejects" else None), s)
    read = {document: k for k, document in enumerate(dict.fromkeys(s.document
                                                                    for s in stances))}
    told = sorted(chosen.values(), key=lambda s: (s.date or "", read[s.document], s.sentence))
    out: list[Change] = []
    positions = {(k, issue): option for k, p in scenario.parties.items()
                 for issue, option in p.positions.items()}
    disputed = _contradictions(told)
    for s in told:
        current = positions.get((s.party, s.issue))
        name = scenario.display_name(s.party)
        if (s.party, s.issue, s.date) in disputed:
            group = disputed[s.party, s.issue, s.date]
            if s is group[0]:  # one conflict for them all, nothing applied
                said = "; ".join(f"{g.stance} {g.option} ({g.document})" for g in group)
                out.append(Change(
                    "conflict", s.party, s.issue, current, current,
                    f"{name}: the reports of {s.date} contradict one another on {s.issue} "
                    f"({said}); nothing is applied from them: check which is right",
                    " / ".join(dict.fromkeys(g.evidence for g in group)),
                    ", ".join(dict.fromkeys(g.document for g in group)), s.date,
                    max(g.confidence for g in group), applied=False))
            continue
        noted = _noted(scenario.parties[s.party].notes, s.issue, s.document, s.evidence)
        if noted:  # the same article read again: its evidence is there, nothing to add
            out.append(Change("position", s.party, s.issue, current, current,
                              f"{name} {s.stance} {s.option} on {s.issue} (already noted from "
                              f"{noted})", s.evidence, s.document, s.date, s.confidence,
                              applied=False))
            continue
        if s.stance == "rejects":
            if str(current) == s.option:
                out.append(Change("conflict", s.party, s.issue, current, current,
                                  f"{name} rejects {s.option}, its modelled position on "
                                  f"{s.issue}: check the position", s.evidence, s.document,
                                  s.date, s.confidence, applied=False))
            else:
                out.append(Change("position", s.party, s.issue, current, current,
                                  f"{name} rejects {s.option} on {s.issue} (consistent with "
                                  f"its position {current}; evidence noted)", s.evidence,
                                  s.document, s.date, s.confidence))
            continue
        verb = {"demands": "demands", "accepts": "accepts", "proposes": "proposes"}[s.stance]
        same = str(current) == s.option
        party = scenario.parties[s.party]
        weightless = "" if same or party.salience.get(
            s.issue, party.weights.get(s.issue, 0.0)) else (
            f"; its salience on {s.issue} stays 0, so the position weighs in no utility or "
            "forecast until one is set")
        positions[s.party, s.issue] = s.option
        out.append(Change("position", s.party, s.issue, current, s.option,
                          f"{name} {verb} {s.option} on {s.issue}"
                          + (" (already its position; evidence noted)" if same else
                             f" (no position before{weightless})" if current is None else
                             f" (position was {current}{weightless})"),
                          s.evidence, s.document, s.date, s.confidence))
    return out


def _contradictions(told: list[Stance]) -> dict[tuple, list[Stance]]:
    """``(party, issue, date)``: the stances of articles of one date that contradict one
    another on a party's position: one states an option another says the party rejected, or
    they leave it at different options (each article's last stated one)."""
    groups: dict[tuple, list[Stance]] = {}
    for s in told:
        if s.date is not None:
            groups.setdefault((s.party, s.issue, s.date), []).append(s)
    out = {}
    for key, group in groups.items():
        stated = {(s.document, s.option) for s in group if s.stance != "rejects"}
        rejected = {(s.document, s.option) for s in group if s.stance == "rejects"}
        last = {s.document: s.option for s in group if s.stance != "rejects"}  # (told order)
        if len(set(last.values())) > 1 or any(
                d != e and o == p for d, o in stated for e, p in rejected):
            out[key] = group
    return out


def _event_changes(scenario, readings, status, dictionary, options) -> list[Change]:
    out: list[Change] = []
    threatened = set()
    walks: dict[str, tuple] = {}
    read = {id(r): k for k, r in enumerate(readings)}
    events = sorted(((e, r) for r in readings for e in r.events),
                    key=lambda er: -er[0].confidence)
    for event, reading in events:
        if event.confidence < options.min_confidence or event.negated:
            continue
        party = dictionary.party_of(event.source.code)
        if party is None or scenario.parties[party].role != "party":
            continue
        if event.act in ("halt_talks", "halt_mediation") and event.modality is None:
            # the party's latest walk-out (the most confident of its article)
            when = (reading.date or "", read[id(reading)])
            if party not in walks or when > walks[party][0]:
                walks[party] = (when, event, reading)
        if event.plover == "THREATEN" and event.mode in ("violence", "territory") \
                and party not in threatened:
            threatened.add(party)
            evidence = reading.sentences[event.sentence].text
            target = dictionary.party_of(event.target.code) if event.target else None
            if target is None:
                others = [k for k in scenario.negotiators if k != party]
                target = others[0] if len(others) == 1 else None
            for who, delta, why in ((party, options.threat_shift, "threatens force"),
                                    (target, options.threatened_shift, "is threatened with "
                                     "force")):
                if who is None:
                    continue
                modelled = next((d.id or d.label for d in scenario.dynamics
                                 if d.type == "reservation_change" and d.party == who
                                 and d.delta is not None and (d.delta > 0) == (delta > 0)),
                                None)
                out.append(Change(
                    "reservation_change", who, None, scenario.parties[who].reservation_value,
                    delta, f"{scenario.display_name(who)} {why}: walk-away value "
                           f"{delta:+.2f}" + (f" (already modelled by '{modelled}')"
                                              if modelled else ""),
                    evidence, reading.name, reading.date, event.confidence,
                    applied=not modelled))
    sides = negotiating_sides(scenario, dictionary)
    return [_walk_out(scenario, party, event, reading, readings, status, sides, options)
            for party, (_, event, reading) in walks.items()] + out


def _walk_out(scenario, party, event, reading, readings, status, sides, options) -> Change:
    """A party's walk-out: over once the talks went on after it (listed, not applied); else
    returning after ``returns_after`` rounds unless the talks collapsed."""
    name = scenario.display_name(party)
    evidence = reading.sentences[event.sentence].text
    went_on = went_on_after(readings, reading, sides)
    if went_on is not None:
        return Change("walk_out", party, None, None, None,
                      f"{name} walked out, but the talks went on after it ({went_on.status} "
                      f"in {went_on.document}): the walk-out is over, nothing to model",
                      evidence, reading.name, reading.date, event.confidence, applied=False)
    modelled = next((d.id or d.label for d in scenario.dynamics
                     if d.type == "walk_out" and d.party == party), None)
    returns = None if status.status == "collapsed" else options.returns_after
    return Change("walk_out", party, None, modelled, {"returns_after": returns},
                  f"{name} walks out" + (f" (already modelled by '{modelled}')" if modelled
                                         else ""),
                  evidence, reading.name, reading.date, event.confidence,
                  applied=not modelled)


def _noted(notes, issue: str, document: str, evidence: str) -> str | None:
    """The source id of ``document`` if one of ``notes`` about ``issue`` already cites
    ``evidence`` from it (as :func:`apply_updates` writes them): applying the same article
    twice adds nothing the second time."""
    base = _source_id(document)
    return next((sid for n in notes if n.about == issue for sid in n.sources
                 if re.fullmatch(rf"{re.escape(base)}(-\d+)?", sid)
                 and f'"{evidence}" ({sid},' in n.text), None)


def _source_id(document: str) -> str:
    stem = re.sub(r"\.[A-Za-z0-9]+$", "", document.replace("\\", "/").split("/")[-1])
    return "news-" + (re.sub(r"[^A-Za-z0-9]+", "-", stem).strip("-").lower() or "stdin")


def _source_id_in(sources, document: str, outlet: str, title: str) -> str:
    """The id of ``document``'s source among ``sources``: its name's (:func:`_source_id`),
    numbered ("news-report-2") where that id already names another article (another
    folder's report.txt, or another text read from standard input), so that no article's
    source is another's."""
    base = _source_id(document)
    sid, k = base, 2
    while sid in sources and (sources[sid].outlet, sources[sid].title) != (outlet, title):
        sid, k = f"{base}-{k}", k + 1
    return sid


def _confidence(value: float) -> str:
    return "high" if value >= 0.8 else "medium" if value >= 0.6 else "low"


def apply_updates(scenario: Scenario, changes: Sequence[Change],
                  readings: Sequence[Reading]) -> Scenario:
    """The scenario with the applicable changes made, each citing its article."""
    sources = dict(scenario.sources)
    titles = {r.name: (document_title((s.text for s in r.sentences), 120) or r.name, r.date)
              for r in readings}
    parties = {k: p for k, p in scenario.parties.items()}
    dynamics = list(scenario.dynamics)
    for change in changes:
        if not change.applied:
            continue
        title, date = titles.get(change.document, (change.document, change.date))
        outlet = f"news report ({change.document})"
        sid = _source_id_in(sources, change.document, outlet, title[:120])
        sources.setdefault(sid, Source(outlet=outlet, date=date or "undated", title=title[:120]))
        cite = f'"{change.evidence}" ({sid}, {change.date or date or "undated"}; accord read)'
        if change.kind == "position":
            party = parties[change.party]
            note = Note(about=change.issue, text=f"{change.description}: {cite}",
                        sources=(sid,), confidence=_confidence(change.confidence))
            positions = dict(party.positions)
            positions[change.issue] = change.new
            parties[change.party] = party.model_copy(
                update={"positions": positions, "notes": (*party.notes, note)})
        elif change.kind == "walk_out":
            dynamics.append(WalkOut(
                id=_unique(f"news_walk_out_{change.party}", dynamics), round=0,
                label=change.description, party=change.party,
                returns_after=change.new["returns_after"], note=cite))
        elif change.kind == "deadline":
            dynamics.append(Deadline(
                id=_unique("news_talks_collapsed", dynamics), round=0,
                label=change.description, note=cite))
        elif change.kind == "reservation_change":
            dynamics.append(ReservationChange(
                id=_unique(f"news_threat_{change.party}", dynamics), round=0,
                label=change.description, party=change.party, delta=change.new, note=cite))
    updated = scenario.model_copy(update={"parties": parties, "dynamics": tuple(dynamics),
                                          "sources": sources})
    return parse_scenario(dump_scenario(updated), source="<updated scenario>")


def _unique(base: str, dynamics) -> str:
    ids = {d.id for d in dynamics}
    name, n = base, 2
    while name in ids:
        name, n = f"{base}_{n}", n + 1
    return name


def scenario_diff(old: Scenario, new: Scenario, old_name: str = "before",
                  new_name: str = "after") -> str:
    """A unified diff of the two scenarios' YAML."""
    return text_diff(dump_scenario(old), dump_scenario(new), old_name, new_name)


def text_diff(old: str, new: str, old_name: str = "before", new_name: str = "after") -> str:
    """A unified diff of two texts (what ``--dry-run`` shows)."""
    return "".join(difflib.unified_diff(old.splitlines(keepends=True),
                                        new.splitlines(keepends=True),
                                        fromfile=old_name, tofile=new_name))
