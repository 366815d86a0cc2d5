"""The seed article, read end to end: the issue's acceptance targets and the gold set."""

from __future__ import annotations

from pathlib import Path

import yaml

from accord.news.evaluation import GoldEvent, score

GOLD = Path(__file__).with_name("gold_seed.yaml")


def _events(digest, words):
    reading = digest.readings[0]
    return [e for e in reading.events if words in reading.sentences[e.sentence].text]


def test_walk_out_is_a_halt_of_talks_by_hamas_not_engagement(seed_digest):
    _, _, digest = seed_digest
    events = _events(digest, "Hamas envoys abandoned negotiations")
    walk_out = [e for e in events if e.source.code == "PSEHMS"]
    assert [(e.plover, e.cameo, e.modality, e.negated) for e in walk_out] == [
        ("SANCTION", "164", None, False)]
    assert not any(e.plover in ("CONSULT", "AGREE", "COOPERATE") for e in events)


def test_israel_threatens_an_operation_in_rafah(seed_digest):
    _, _, digest = seed_digest
    threats = [e for e in digest.readings[0].events if e.plover == "THREATEN"]
    rafah = [e for e in threats if e.place == "Rafah"]
    assert [(e.source.code, e.cameo, e.mode) for e in rafah] == [("ISRGOV", "138", "violence")]
    assert {e.source.code[:3] for e in threats} == {"ISR"}


def test_hamas_demands_and_israels_rejection_become_stances(seed_digest):
    _, _, digest = seed_digest
    found = {(s.party, s.stance, s.issue, s.option) for s in digest.stances}
    assert found == {
        ("hamas", "demands", "ceasefire", "permanent_end_upfront"),
        ("hamas", "demands", "withdrawal", "full"),
        ("hamas", "demands", "governance", "hamas_remains"),
        ("israel", "rejects", "withdrawal", "full"),
        ("israel", "rejects", "governance", "hamas_remains"),
    }


def test_bombardment_is_an_israeli_assault(seed_digest):
    _, _, digest = seed_digest
    events = _events(digest, "Israeli bombardments")
    assert [(e.source.code, e.plover, e.cameo, e.modality) for e in events
            if e.plover == "ASSAULT"] == [("ISR", "ASSAULT", "195", None)]


def test_talks_are_suspended_after_the_article(seed_digest):
    _, _, digest = seed_digest
    assert digest.status.status == "suspended"
    assert "Hamas envoys abandoned negotiations" in digest.status.sentence


def test_every_gold_event_is_found(seed_digest):
    _, _, digest = seed_digest
    gold = [GoldEvent(**g) for g in yaml.safe_load(GOLD.read_text())["events"]]
    result = score(digest.readings[0], gold)
    assert result.missed == ()
    assert result.true_positives == len(gold) == 14


def test_threat_and_walk_out_are_recognised_as_modelled(seed_digest):
    _, _, digest = seed_digest
    kinds = {(c.kind, c.party, c.applied) for c in digest.changes}
    assert ("walk_out", "hamas", False) in kinds
    assert ("reservation_change", "israel", False) in kinds
    assert ("reservation_change", "hamas", False) in kinds
