"""The learned target chooser (accord.news.arguments): training by hand on toy choices, its
properties, the shipped weights, and the coder asking it only where the rules find no target,
among the actors the rules' conventions leave, on sentences written for this test."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.news import arguments
from accord.news.actors import Actor

# toy acts: option 0 is "no target"; the gold option is the object, never the place
OBJECT = ("path=vdobj", "kind=STATE")
PLACE = ("path=vprep:in vpobj", "kind=STATE")
NONE = ("none", "none|root=01")
COMPLAINT = ("Vietnam lodged a formal complaint after a Chinese survey ship was spotted in its "
             "waters.")
TOY = [((("none",), OBJECT, PLACE), [1]), ((("none",), PLACE, OBJECT), [2]),
       ((("none",), OBJECT), [1]), ((NONE, PLACE), [0]), ((NONE,), [0])]


def _choice(features, rule=0):
    actors = (None, *(Actor(f"a{k}", "ISR", "Israel") for k in range(1, len(features))))
    return arguments.Choice(actors, lambda: tuple(tuple(f) for f in features), rule, 0, "PSE")


def test_a_toy_corpus_is_learned():
    model = arguments.train(TOY, min_count=1)
    assert model.choose(_choice((("none",), PLACE, OBJECT))) == 2
    assert model.choose(_choice((NONE, PLACE))) == 0  # a statement's place is no target
    p = model.probabilities((("none",), OBJECT, PLACE))
    assert p.shape == (3,) and np.isclose(p.sum(), 1.0) and p[1] > 0.5


def test_training_is_deterministic_and_saving_keeps_the_model(tmp_path):
    a, b = (arguments.train(TOY, min_count=1) for _ in range(2))
    assert a.vocabulary == b.vocabulary and np.array_equal(a.weights, b.weights)
    a.save(tmp_path / "m.npz")
    c = arguments.TargetModel.load(tmp_path / "m.npz")
    assert c.vocabulary == a.vocabulary
    assert np.allclose(c.probabilities((NONE, OBJECT)), a.probabilities((NONE, OBJECT)))


def test_features_seen_once_are_left_out_and_acts_with_no_gold_option_teach_nothing():
    assert "kind=STATE" in arguments.train(TOY, min_count=2).vocabulary
    assert "none|root=01" in arguments.train(TOY, min_count=2).vocabulary
    assert "path=vdobj" in arguments.train([*TOY, ((("rare",),), [])], min_count=1).vocabulary
    assert "rare" not in arguments.train([*TOY, ((("rare",),), [])], min_count=1).vocabulary
    with pytest.raises(ValueError, match="at least one act"):
        arguments.train([((("none",), OBJECT), [])])


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(["path=vdobj", "kind=STATE", "none", "x", "none|root=01"]),
                max_size=4), st.integers(min_value=0, max_value=3))
def test_the_rules_choice_stands_unless_the_model_is_sure_of_another(words, rule):
    model = arguments.train(TOY, min_count=1)
    features = (("none",), tuple(words), OBJECT, PLACE)
    p = model.probabilities(features)
    assert np.all(p >= 0) and np.isclose(p.sum(), 1.0)
    chosen = model.choose(_choice(features, rule))
    sure, doubt = arguments.OVERRULE
    if not rule:
        assert 0 <= chosen < len(features)
    elif chosen != rule:  # (only ever another actor, never none)
        assert chosen == int(p.argmax()) != 0 and p[chosen] >= sure and p[rule] <= doubt
    else:
        assert not (p.argmax() not in (0, rule) and p.max() >= sure and p[rule] <= doubt)


def test_a_sure_model_overrules_the_rules_and_a_doubtful_one_does_not():
    # the object's weight makes the model sure of it over the place the rules chose
    model = arguments.TargetModel(("path=vdobj", "path=vprep:in vpobj"), np.array([6.0, -6.0]))
    features = (("none",), ("path=vdobj",), ("path=vprep:in vpobj",))
    assert model.choose(_choice(features, rule=2)) == 1
    doubtful = arguments.TargetModel(("path=vdobj", "path=vprep:in vpobj"),
                                     np.array([1.0, 0.0]))
    assert doubtful.choose(_choice(features, rule=2)) == 2
    # ... and never overrules the rules' target with none
    none = arguments.TargetModel(("none",), np.array([9.0]))
    assert none.choose(_choice((("none",), ("x",)), rule=1)) == 1


def test_an_actor_in_another_clause_needs_a_likelier_choice():
    # a weight that makes the actor likelier than none, but just short of the bar
    t = arguments.ACROSS_CLAUSES
    model = arguments.TargetModel(("none", arguments.ACROSS, "path=vadvcl vnsubj"),
                                  np.array([0.0, 0.0, np.log(t / (1 - t)) - 0.1]))
    across = ("path=vadvcl vnsubj", arguments.ACROSS)
    p = model.probabilities((("none",), across))
    assert p[0] < p[1] < t
    assert model.choose(_choice((("none",), across))) == 0
    assert model.choose(_choice((("none",), ("path=vadvcl vnsubj",)))) == 1


def test_the_shipped_model_is_loaded_and_the_rules_can_be_kept():
    model = arguments.builtin()
    assert model is not None and len(model.vocabulary) > 1000
    assert arguments.chooser() is model
    assert arguments.RULES.choose(_choice((("none",), OBJECT), rule=1)) == 1


def test_the_model_names_a_target_the_rules_leave_out(read_events):
    """The rules find no target for the complaint; the model takes the ship's country from
    the clause telling why (as dev labels a reaction to another's deed)."""
    learned = read_events(COMPLAINT)[0]
    assert (learned.source.code, learned.target.code, learned.cameo) == ("VNM", "CHN", "114")


@pytest.mark.parametrize(("text", "expected"), [
    # the rules' only target is a name the dictionary lacks (a typhoon, a gulf): the model
    # still picks among the actors it knows
    ("The Asian Development Bank approved $200 million in loans for Nepal to rebuild villages "
     "flattened by Typhoon Ketsana.", ("IGOADB", "NPL")),
    ("Iran fired a ballistic missile over Iraq into the Gulf of Oman in May 2019, alarming "
     "Baghdad.", ("IRN", "IRQ")),
])
def test_a_name_the_dictionary_lacks_leaves_the_model_its_choice(read_events, text, expected):
    main = read_events(text)[0]
    assert (main.source.code, main.target.code) == expected


def test_a_name_the_dictionary_lacks_stays_where_the_model_picks_none(read_events):
    """"Chinese troops" (the parser splits "Chinese" off as the doer) are the doer's own."""
    main = read_events("Chinese troops disengaged from the Galwan valley in 2020.")[0]
    assert main.target is not None and main.target.code is None


def test_keeping_the_rules_choice_reads_as_the_rules_do(nlp, dictionary):
    from accord.news import RawDocument, read_news

    (reading,) = read_news([RawDocument.of_text(COMPLAINT)], dictionary, nlp=nlp,
                           targets=arguments.RULES)
    assert reading.events[0].target is None


@pytest.mark.parametrize("text", [
    # brokers, audiences, topics, where talks are held, whom a condemned attack hit, the
    # doers of acts in clauses conjoined above the act's: none is a target the model may pick
    "Sudan's rival generals agreed to a truce brokered by Saudi Arabia and the United States.",
    "The Polish president told European leaders at a summit in Brussels that Warsaw would "
    "adopt the euro by 2012.",
    "NATO defence ministers gathered in Brussels to discuss the threat from Russia.",
    "India condemned the beheading of a Nepali hostage.",
    "Talks of a Gaza ceasefire hit a roadblock as Hamas envoys abandoned negotiations and "
    "Israeli leaders vowed to resume military operations soon.",
])
def test_what_the_conventions_rule_out_the_model_does_not_pick(read_events, text):
    assert read_events(text)[0].target is None


def test_evaluate_and_read_can_keep_the_rules_targets(tmp_path):
    import json

    from typer.testing import CliRunner

    from accord.cli.main import app

    gold = tmp_path / "gold.csv"
    gold.write_text(f'text,source,target,cameo\n"{COMPLAINT}",VNM,CHN,114\n')
    runner = CliRunner()
    targets = {}
    for flags in ((), ("--rules-only",)):
        result = runner.invoke(app, ["evaluate", str(gold), "--json", *flags])
        assert result.exit_code == 0, result.output
        targets[flags] = json.loads(result.stdout)["score"]["target_accuracy"]
    assert targets == {(): 1.0, ("--rules-only",): 0.0}
    text = tmp_path / "report.txt"
    text.write_text(COMPLAINT)
    for flags, target in (((), "CHN"), (("--rules-only",), None)):
        result = runner.invoke(app, ["read", str(text), "--json", *flags])
        assert result.exit_code == 0, result.output
        event = json.loads(result.stdout)["documents"][0]["events"][0]
        assert (event["target"] or {}).get("code") == target
