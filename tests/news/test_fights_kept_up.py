"""A fight kept up in a dispute is no force (:func:`accord.news.acts._fights_on`): a union
that "vowed to fight on" or will "keep fighting for" a raise threatens no military force;
an armed body's, or a fight against someone, stays force."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The union called the offer an insult and vowed to fight on.",
    "Dock workers vowed to fight on.",
    "The teachers' union vowed to battle on.",
    "The union said it would keep fighting for a nine percent rise.",
    "Students vowed to keep up their fight for lower fees.",
    "The nurses vowed to continue the fight for better pay.",
    "Protesters promised to struggle on until the law is repealed.",
])
def test_a_dispute_kept_up_by_the_unarmed_is_no_force(read_events, text):
    events = read_events(text)
    assert not [e for e in events if (e.cameo or "")[:2] in ("18", "19", "20")
                or e.cameo in ("138", "145") or e.mode == "violence"], (text, events)


@pytest.mark.parametrize(("text", "cameo"), [
    ("Hamas vowed to fight on.", "138"),
    ("The rebels vowed to keep fighting until the army withdraws.", "138"),
    ("The union threatened to fight the police.", "138"),
])
def test_an_armed_bodys_fight_or_one_against_someone_stays_force(read_events, text, cameo):
    assert cameo in [e.cameo for e in read_events(text)], text
