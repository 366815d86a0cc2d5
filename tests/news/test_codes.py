"""CAMEO codes, Goldstein scores and the modality combinations (no NLP needed)."""

from __future__ import annotations

import copy
import csv

import pytest

from accord.news import lexicon as lx
from accord.news.codes import CAMEO, PLOVER_CATEGORIES

from .conftest import EVENTS


def test_goldstein_scores_match_the_cameo_codebook():
    path = EVENTS / "cameo_codes.csv"
    if not path.is_file():
        pytest.skip(f"the CAMEO codebook is not at {path} (../shared beside the repo root)")
    with path.open(encoding="utf-8") as handle:
        book = {row["code"]: float(row["goldstein"]) for row in csv.DictReader(handle)}
    assert {c: CAMEO[c].goldstein for c in CAMEO} == {c: book[c] for c in CAMEO}


def test_every_code_has_a_plover_category_except_statements():
    statements = {c for c in CAMEO if c.startswith("01")}
    assert "010" in statements
    assert {c for c, e in CAMEO.items() if e.plover is None} == statements
    assert {e.plover for e in CAMEO.values() if e.plover} <= set(PLOVER_CATEGORIES)


def test_every_combination_the_lexicon_can_make_is_in_the_table():
    for modality in (None, *lx.MODALITIES):
        for act in lx.ACT_CODES:
            code = lx.combined_code(modality, act)
            assert code is None or code in CAMEO, (modality, act, code)


@pytest.mark.parametrize("modality, act, root", [
    ("vow", "force", "13"), ("threat", "force", "13"), ("intent", "occupy", "13"),
    ("demand", "withdraw", "10"), ("appeal", "ceasefire", "02"), ("refusal", "settle", "12"),
    ("agree", "talks", "03"), (None, "halt_talks", "16"), ("expected", "talks", "04"),
    ("threat", "halt_talks", "13"), (None, "air_force", "19")])
def test_modality_turns_an_act_into_the_reported_event(modality, act, root):
    assert lx.combined_code(modality, act)[:2] == root


def test_refusing_force_is_not_an_event():
    assert lx.combined_code("refusal", "force") is None


def test_the_lexicon_data_names_only_known_acts_codes_and_modalities():
    data = copy.deepcopy(lx._data())
    data["verb_acts"]["frobnicate"] = "frobnication"
    data["acts"]["frobnication_done"] = "999"
    data["modal_verbs"]["mull"] = "musing"
    with pytest.raises(ValueError) as err:
        lx._check(data)
    message = str(err.value)
    assert "verb_acts.frobnicate: no such act 'frobnication'" in message
    assert "acts.frobnication_done: code 999 is not in accord.news.codes" in message
    assert "modal_verbs.mull: no such modality 'musing'" in message
