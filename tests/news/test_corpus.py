"""accord's CAMEO/PLOVER corpus (tests/news/gold_cameo_*.yaml) and the scoring harness
(accord.news.corpus): the labels are valid and consistent, and the metrics match numbers
worked out by hand. No NLP needed."""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

import pytest

from accord.errors import AccordInputError
from accord.news.codes import CAMEO, PLOVER_CATEGORIES, crosswalk_category
from accord.news.corpus import Coded, Item, Label, load_corpus, score_corpus

from .conftest import EVENTS

HERE = Path(__file__).parent
SPLITS = {"dev": (HERE / "gold_cameo_dev.yaml", 10), "test": (HERE / "gold_cameo_test.yaml", 6),
          "test2": (HERE / "gold_cameo_test2.yaml", 6),
          "test3": (HERE / "gold_cameo_test3.yaml", 7),
          "test4": (HERE / "gold_cameo_test4.yaml", 7),
          "test5": (HERE / "gold_cameo_test5.yaml", 7),
          "test6": (HERE / "gold_cameo_test6.yaml", 10),
          "test7": (HERE / "gold_cameo_test7.yaml", 10),
          "test8": (HERE / "gold_cameo_test8.yaml", 10),
          "test9": (HERE / "gold_cameo_test9.yaml", 10),
          "test10": (HERE / "gold_cameo_test10.yaml", 10),
          "test11": (HERE / "gold_cameo_test11.yaml", 10),
          "test12": (HERE / "gold_cameo_test12.yaml", 10),
          "test13": (HERE / "gold_cameo_test13.yaml", 10)}
ROOTS = [f"{r:02d}" for r in range(1, 21)]

@pytest.fixture(scope="module", params=sorted(SPLITS))
def split(request):
    path, per_root = SPLITS[request.param]
    return request.param, load_corpus(path), per_root


def test_the_code_table_follows_plovers_conversion_table():
    assert {c: crosswalk_category(c) for c in CAMEO} == {c: CAMEO[c].plover for c in CAMEO}


@pytest.mark.parametrize(("cameo", "category"), [
    ("010", None), ("0212", "REQUEST"), ("036", "AGREE"), ("055", "SUPPORT"),
    ("057", "SUPPORT"), ("0811", "CONCEDE"), ("0813", "RETREAT"), ("083", "CONCEDE"),
    ("0841", "RETREAT"), ("085", "RETREAT"), ("1056", "REQUEST"), ("112", "ACCUSE"),
    ("163", "COERCE"), ("164", "SANCTION"), ("1712", "ASSAULT"), ("173", "COERCE"),
    ("175", "ASSAULT"), ("191", "COERCE"), ("192", "COERCE"), ("195", "ASSAULT"),
    ("202", "ASSAULT"),
])
def test_conversion_table_by_hand(cameo, category):
    """Rows of PLOVER's CAMEO conversion table (2021), read by hand."""
    assert crosswalk_category(cameo) == category


def test_every_code_is_in_the_cameo_codebook(split):
    path = EVENTS / "cameo_codes.csv"
    if not path.is_file():
        pytest.skip(f"the CAMEO codebook is not at {path} (../shared beside the repo root)")
    with path.open(encoding="utf-8") as handle:
        book = {row["code"] for row in csv.DictReader(handle)}
    _, items, _ = split
    assert [i.event.cameo for i in items if i.event and i.event.cameo not in book] == []


def test_plover_category_follows_the_projects_cameo_mapping(split):
    _, items, _ = split
    wrong = [(i.line, i.event.cameo, i.event.plover) for i in items
             if i.event and i.event.plover != crosswalk_category(i.event.cameo)]
    assert wrong == []


def test_every_root_and_plover_category_is_covered(split):
    name, items, per_root = split
    roots = Counter(i.event.root for i in items if i.event)
    assert {r: roots[r] for r in ROOTS if roots[r] < per_root} == {}, name
    assert set(roots) == set(ROOTS)
    assert {i.event.plover for i in items if i.event} - {None} == set(PLOVER_CATEGORIES)
    # sub-codes, not only the root's default: at least three distinct codes for most roots
    codes = {r: {i.event.cameo for i in items if i.event and i.event.root == r} for r in ROOTS}
    assert sum(len(c) >= 3 for c in codes.values()) >= 17


def test_about_a_tenth_of_the_sentences_have_no_codable_event(split):
    _, items, _ = split
    empty = sum(i.event is None for i in items)
    assert 0.08 <= empty / len(items) <= 0.12


def test_labels_are_well_formed(split):
    _, items, _ = split
    actor = re.compile(r"[A-Z]{3}[A-Z0-9]{0,9}")
    modalities = {None, "vow", "threat", "intent", "demand", "appeal", "refusal", "agree",
                  "propose", "expected", "future", "possible", "hypothetical"}
    for item in items:
        assert 10 <= len(item.text.split()) <= 40, item.text
        if item.event:
            assert actor.fullmatch(item.event.source), item.line
            assert item.event.target is None or actor.fullmatch(item.event.target), item.line
            assert item.event.modality in modalities, item.line


def test_the_splits_share_no_sentence():
    (dev, test, test2, test3, test4, test5, test6, test7, test8, test9, test10, test11,
     test12, test13) = (load_corpus(SPLITS[s][0]) for s in (
        "dev", "test", "test2", "test3", "test4", "test5", "test6", "test7", "test8", "test9",
        "test10", "test11", "test12", "test13"))
    texts = [i.text for i in dev + test + test2 + test3 + test4 + test5 + test6 + test7
             + test8 + test9 + test10 + test11 + test12 + test13]
    assert len(texts) == len(set(texts))
    assert len(dev) >= 230 and 150 <= len(test) <= 170 and 200 <= len(test2) <= 240
    assert 200 <= len(test3) <= 240 and 230 <= len(test4) <= 240
    assert 230 <= len(test5) <= 240 and len(test6) == len(test7) == len(test8) == len(
        test9) == len(test10) == len(test11) == len(test12) == len(test13) == 240


def test_the_second_annotation_labels_every_sentence_of_test4_and_test5_once():
    """agreement_test4_test5.yaml (a blind second annotation, for bench_news.py agreement)
    names each sentence of the two splits exactly once, with valid labels."""
    import yaml

    rows = yaml.safe_load((HERE / "agreement_test4_test5.yaml").read_text("utf-8"))["items"]
    sizes = {s: len(load_corpus(SPLITS[s][0])) for s in ("test4", "test5")}
    assert Counter((r["split"], r["index"]) for r in rows) == Counter(
        (s, i) for s, n in sizes.items() for i in range(n))
    for r in (r for r in rows if r["event"]):
        code = str(r["event"]["cameo"])
        assert code in CAMEO or code[:3] in CAMEO or code[:2] in ROOTS, r
        assert r["event"]["plover"] in (None, *PLOVER_CATEGORIES), r


# A hand-worked reading: five items, the coder's events per item.
ITEMS = (
    Item("a", Label("ISRGOV", "PSEHMS", "195", "ASSAULT")),
    Item("b", Label("RUS", "UKR", "0841", "RETREAT")),
    Item("c", Label("IGOUNO", None, "0256", "REQUEST", "appeal")),
    Item("d", Label("FRA", None, "010", None)),
    Item("e", None),
    Item("f", None),
)
PREDICTED = (
    # a: right root, wrong sub-code, source right by root (ISRMIL = ISRGOV), target right
    [Coded("ISRMIL", "PSEHMS", "190", "ASSAULT", confidence=0.9)],
    # b: the main event (most confident) is a wrong one; another event is right
    [Coded("UKR", "RUS", "0841", "RETREAT", confidence=0.5),
     Coded("RUS", "UKR", "111", "ACCUSE", confidence=0.8)],
    # c: nothing coded
    [],
    # d: a statement read as a REQUEST
    [Coded("FRA", None, "020", "REQUEST", "appeal", confidence=0.6)],
    # e: a false alarm
    [Coded("CHN", "USA", "111", "ACCUSE", confidence=0.4)],
    # f: rightly nothing
    [],
)


def test_the_scores_match_the_hand_worked_reading():
    s = score_corpus(ITEMS, PREDICTED)
    assert (s.items, s.with_event) == (6, 4)
    # mains: a 190 (root ok, code no), b 111 (wrong), c none, d 020 (wrong)
    assert (s.root, s.code) == (1, 0) and s.root_accuracy == pytest.approx(0.25)
    # sources: a ISRMIL~ISRGOV yes, b RUS yes, d FRA yes; targets: a yes, b UKR yes, d null yes
    assert (s.source, s.target) == (3, 3) and s.target_accuracy == pytest.approx(0.75)
    # any event: a root yes (full: ISRMIL/PSEHMS yes), b second event root 08 (source UKR: no)
    assert (s.any_root, s.any_event) == (2, 1)
    assert s.quiet == 1 and s.quiet_rate == pytest.approx(0.5)
    # modality: a None=None, b None=None, d appeal vs gold None -> 2; negation a, b, d -> 3
    assert (s.modality, s.negation) == (2, 3)
    # PLOVER: ASSAULT tp 1; RETREAT fn 1; ACCUSE fp 2 (b and e); REQUEST fn 1 (c) fp 1 (d)
    assert {c: (k.tp, k.fp, k.fn) for c, k in s.plover.items()} == {
        "RETREAT": (0, 0, 1), "REQUEST": (0, 1, 1), "ACCUSE": (0, 2, 0), "ASSAULT": (1, 0, 0)}
    # gold categories: ASSAULT F1 1, RETREAT 0, REQUEST 0 -> macro 1/3 (ACCUSE not in gold)
    assert s.macro_f1 == pytest.approx(1 / 3)
    assert s.plover["REQUEST"].precision == 0.0 and s.plover["ASSAULT"].f1 == 1.0
    assert s.confusion == {("19", "19"): 1, ("08", "11"): 1, ("02", "--"): 1,
                           ("01", "02"): 1, ("--", "11"): 1, ("--", "--"): 1}
    assert s.confusions(2) == [("--", "11", 1), ("01", "02", 1)]
    assert s.confusions(coded=True) == [("--", "11", 1), ("01", "02", 1), ("08", "11", 1)]


def test_a_tie_in_confidence_keeps_the_readers_order():
    first = [Coded("RUS", "UKR", "0841", "RETREAT"), Coded("UKR", "RUS", "111", "ACCUSE")]
    assert score_corpus(ITEMS[1:2], [first]).code == 1


def test_mismatched_lengths_are_an_error():
    with pytest.raises(ValueError, match="2 items but 1 predictions"):
        score_corpus(ITEMS[:2], [[]])


@pytest.mark.parametrize("event, field", [
    ('{source: ISR, target: null, cameo: 190, plover: ASSAULT}', "items[1].event.cameo"),
    ('{source: ISR, target: null, cameo: "190", plover: ATTACK}', "items[1].event.plover"),
    ('{target: null, cameo: "190", plover: ASSAULT}', "items[1].event.source"),
    ('{source: ISR, cameo: "190", plover: ASSAULT, negated: maybe}', "items[1].event.negated"),
    ('{source: ISR, cameo: "190", plover: ASSAULT, root: "19"}', "items[1].event.root"),
])
def test_a_malformed_item_names_the_file_line_and_field(tmp_path, event, field):
    path = tmp_path / "corpus.yaml"
    path.write_text("# header\nitems:\n  - text: \"Quiet day.\"\n    event: null\n"
                    f"  - text: \"Israel struck.\"\n    event: {event}\n", encoding="utf-8")
    with pytest.raises(AccordInputError) as err:
        load_corpus(path)
    assert (err.value.file, err.value.line, err.value.field) == (str(path), 5, field)
