"""The learned act classifier (accord.news.classifier): training by hand on toy features, its
properties, the shipped weights, and the coder's fallback to it on sentences written for this
test (not from any corpus) in words the event dictionary lacks."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.news import classifier as clf
from accord.news import lexicon as lx
from accord.news.coder import ROOT_ACTS

TOY = [["attack", "VERB:attack", "bomb"], ["attack", "VERB:attack"], ["meet", "talks"],
       ["talks", "NOUN:talks"], ["rain", "weather"], ["weather"]]
TOY_LABELS = ["19", "19", "04", "04", "--", "--"]


def test_a_toy_corpus_is_learned():
    model = clf.train(TOY, TOY_LABELS, min_count=1)
    assert model.classes == ("--", "04", "19")
    assert model.predict(["attack"])[0] == "19"
    assert model.predict(["talks", "meet"])[0] == "04"
    assert model.predict(["weather"])[0] == clf.NO_EVENT
    # features seen in fewer than min_count sentences are left out
    assert "bomb" not in clf.train(TOY, TOY_LABELS, min_count=2).vocabulary


def test_training_is_deterministic_and_saving_keeps_the_model(tmp_path):
    a, b = (clf.train(TOY, TOY_LABELS, min_count=1) for _ in range(2))
    assert np.array_equal(a.weights, b.weights) and np.array_equal(a.bias, b.bias)
    a.save(tmp_path / "m.npz")
    c = clf.ActClassifier.load(tmp_path / "m.npz")
    assert (c.vocabulary, c.classes) == (a.vocabulary, a.classes)
    assert np.allclose(c.probabilities(TOY), a.probabilities(TOY))


def test_training_needs_one_label_per_sentence():
    with pytest.raises(ValueError, match="as many labels"):
        clf.train(TOY, TOY_LABELS[:-1])


@settings(max_examples=50, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["attack", "talks", "weather", "unknown", "bomb"]),
                         max_size=4), min_size=1, max_size=5))
def test_probabilities_are_a_distribution(words):
    p = clf.train(TOY, TOY_LABELS, min_count=1).probabilities(words)
    assert p.shape == (len(words), 3)
    assert np.allclose(p.sum(axis=1), 1.0) and (p >= 0).all()



def _toy_model() -> clf.ActClassifier:
    """21 classes (no event and the 20 roots), one feature each for the cases below, by hand:
    a feature's weight for a class is the log of how many times as likely it makes it."""
    classes = (clf.NO_EVENT, *(f"{r:02d}" for r in range(1, 21)))
    weights = np.zeros((4, len(classes)), dtype=np.float32)
    col = classes.index
    weights[0, col("04")] = np.log(30)  # "sure": 04 at 30/50, no event at 1/50
    weights[1, col("--")], weights[1, col("04")] = np.log(20), np.log(25)  # 25/64 vs 20/64
    weights[2, col("19")] = np.log(1.5)  # 1.5/21.5: no class stands out
    weights[3, col("--")] = np.log(40)  # no event, 40/60
    return clf.ActClassifier(("sure", "close", "flat", "quiet"), classes, weights,
                             np.zeros(len(classes), dtype=np.float32))


def test_the_coder_takes_the_likeliest_root_when_probable_enough():
    model = _toy_model()
    label, p = model.taken(["sure"])
    assert label == "04" and p == pytest.approx(0.6)
    # (25/64 for 04 against 20/64 for no event: the likeliest, and probable enough)
    assert model.taken(["close"]) == ("04", pytest.approx(25 / 64))
    assert model.taken(["flat"]) is None  # 0.07: below THRESHOLD
    assert model.taken(["quiet"]) is None  # no event is the likeliest


def test_every_root_the_classifier_gives_is_coded_as_that_root():
    model = clf.builtin()
    assert model is not None
    assert set(model.classes) == {f"{r:02d}" for r in range(1, 21)} | {clf.NO_EVENT}
    for root, (modality, kind) in ROOT_ACTS.items():
        assert lx.combined_code(modality, kind)[:2] == root


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize("text, source, target, root", [
    # "shipped ... maize": no dictionary verb of giving for it
    ("The Ghanaian government shipped 20 tonnes of maize to drought-hit Burkina Faso.",
     "GHAGOV", "BFA", "07"),
    ("Tajik authorities padlocked the offices of the country's last independent newspaper.",
     "TJKGOV", "TJKMED", "17"),
])
def test_a_sentence_the_dictionary_misses_gets_the_learned_root(
        read_events, text, source, target, root):
    (event,) = read_events(text)
    assert event.found == "learned"
    assert (event.source.code, event.target.code, event.cameo[:2]) == (source, target, root)
    assert event.confidence <= clf.CONFIDENCE + 0.1  # below any dictionary event


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize("text, source, target, root", [
    # the dictionary's acts are found, then none of them makes an event: the learned guess
    ("Protesting Chilean dockworkers demanded higher wages from the government of Michelle "
     "Bachelet.", "CHLLAB", "CHLGOV", "10"),
    ("The Kenyan army chief vowed to crush the gunmen who raided a bus station in Garissa.",
     "KENMIL", "KENREB", "13"),
])
def test_a_sentence_whose_found_acts_all_fall_gets_the_learned_root(
        read_events, text, source, target, root):
    event = read_events(text)[0]
    assert event.found == "learned"
    assert (event.source.code, event.target.code, event.cameo[:2]) == (source, target, root)


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize("text, source, target, root", [
    # only the speaker's verb is in the dictionary: the act said to be done is the news
    ("The Sudanese army said it had driven the rebels back from the outskirts of Kadugli "
     "after two days of fighting.", "SDNMIL", "SDNREB", "19"),
])
def test_a_reported_act_the_dictionary_misses_gets_the_learned_root_not_a_statement(
        read_events, text, source, target, root):
    event = read_events(text)[0]
    assert event.found == "learned"
    assert (event.source.code, event.target.code, event.cameo[:2]) == (source, target, root)


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize("text", [
    "The finance minister said the country would grow by 3 percent next year.",
])
def test_a_report_with_no_act_in_it_stays_a_statement(read_events, text):
    assert read_events(text)[0].cameo == "010"


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize("text, acted_on", [
    # an act told in the passive with no agent: the one named before it is the one acted on
    ("Kuwaiti oil depots near Ahmadi were attacked with rockets and drones in March 2015.",
     "KWT"),
    ("Twelve Ethiopian pilgrims were killed in an attack on a shrine in Sudan's east.", "ETH"),
])
def test_the_learned_guess_takes_no_doer_from_a_passive_subject(read_events, text, acted_on):
    assert not any((e.source.code or "").startswith(acted_on) for e in read_events(text))


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize("text", [
    "The Brazilian central bank left interest rates unchanged at 13.75 percent.",
    "Heavy snow closed mountain passes across northern Pakistan on Monday.",
])
def test_a_sentence_with_no_act_stays_quiet(read_events, text):
    assert not read_events(text)


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize("text, source, target, code", [
    # an act with no doer in its clause: the actor named before it, when the classifier
    # reads the same root in the whole sentence
    ("Turkish army officials said an air strike had killed six PKK fighters in northern Iraq.",
     "TURMIL", "TURPKK", "195"),
    ("Syrian army officers said a drone strike had killed a senior Islamic State commander "
     "near Raqqa.", "SYRMIL", "IMGISL", "195"),
])
def test_an_act_with_no_doer_takes_the_actor_named_before_it(
        read_events, text, source, target, code):
    event = read_events(text)[0]
    assert (event.source.code, event.target.code, event.cameo) == (source, target, code)


@pytest.mark.usefixtures("nlp")
def test_a_misread_act_word_gets_no_doer_the_classifier_does_not_confirm(read_events):
    # "baton-charged" parsed as "charged" (an accusation): no accusation by Dhaka
    events = read_events("Police in Dhaka baton-charged garment workers demanding unpaid wages "
                         "on Sunday.")
    assert not any((e.cameo or "").startswith("11") for e in events)
