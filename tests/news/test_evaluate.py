"""Scoring the reader on a user's own labelled sentences: the gold formats
(:mod:`accord.news.gold`) and ``accord evaluate``."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from accord.cli.main import app
from accord.errors import AccordInputError
from accord.news.corpus import (
    Band,
    Coded,
    Item,
    Label,
    by_confidence,
    miss_kinds,
    misses,
    score_corpus,
)
from accord.news.gold import load_gold

# Sentences the reader codes the same way in every session (see test_read_cli, test_seed).
CSV = """Sentence,Source,Target,EventCode
"Egypt urged Israel to halt the offensive in Rafah.",EGY,ISR,256
"Oil prices rose on Monday.",,,
"Russian troops shelled Kharkiv overnight.",RUSMIL,UKR,195
"Russian troops shelled Kharkiv overnight.",RUSMIL,POL,195
"""


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_csv_with_the_peers_column_names_loads_with_plover_from_cameo(tmp_path):
    gold = load_gold(_write(tmp_path, "gold.csv", CSV))
    first, quiet, *_ = gold.items
    assert first == Item("Egypt urged Israel to halt the offensive in Rafah.",
                         Label("EGY", "ISR", "0256", "REQUEST"), 2)
    assert quiet.event is None and quiet.line == 3
    assert gold.labelled == frozenset() and gold.unscored == {"modality", "negation"}


@pytest.mark.parametrize(("written", "read"), [
    ("42", "042"), ("42.0", "042"), ("214", "0214"), ("111", "111"), ("0874", "0874"),
    ("190", "190")])
def test_a_leading_zero_a_spreadsheet_dropped_is_restored_where_unambiguous(
        tmp_path, written, read):
    path = _write(tmp_path, "g.csv", f"text,source,target,cameo\nX met Y.,EGY,ISR,{written}\n")
    assert load_gold(path).items[0].event.cameo == read


def test_tsv_and_json_lines_with_modality_and_negation(tmp_path):
    tsv = _write(tmp_path, "g.tsv", "text\tsource\ttarget\tcameo\tplover\tmodality\tnegated\n"
                 "Hamas rejected the plan.\tPSEHMS\t\t125\t\trefusal\tno\n")
    (item,) = load_gold(tsv).items
    assert item.event == Label("PSEHMS", None, "125", "REJECT", "refusal", False)
    assert load_gold(tsv).unscored == frozenset()
    lines = _write(tmp_path, "g.jsonl", '{"Text": "It rained.", "cameo": null}\n\n'
                   '{"text": "Iran did not attack.", "source": "IRN", "cameo": "190", '
                   '"plover": null, "negated": true}\n')
    gold = load_gold(lines)
    assert [i.event for i in gold.items] == [None, Label("IRN", None, "190", None, None, True)]
    assert [i.line for i in gold.items] == [1, 3]
    assert gold.unscored == {"modality"}
    partly = _write(tmp_path, "p.jsonl", '{"text": "A met B.", "source": "EGY", "cameo": "042", '
                    '"modality": null, "negated": null}\n'
                    '{"text": "C met D.", "source": "EGY", "cameo": "042"}\n')
    gold = load_gold(partly)  # a line without them: modality and negation are not labelled
    assert gold.unscored == {"modality", "negation"} and not gold.items[0].event.negated


def test_petrarch_validation_records(tmp_path):
    xml = _write(tmp_path, "v.xml", """<Validation>
<Sentence id="A-1"><EventCoding sourcecode="---GOV" targetcode="---" eventcode="023">
</EventCoding><Text>
The government appealed
 for calm.
</Text></Sentence>
<Sentence id="A-2"><EventCoding noevents = "True"></EventCoding><Text>Rain.</Text></Sentence>
<Sentence id="A-3"><EventCoding error="x"></EventCoding><Text>Skip.</Text></Sentence>
<Sentence id="A-4"><EventCoding sourcecode="ARN" targetcode="GON" eventcode="174K">
</EventCoding><Text>Test code.</Text></Sentence>
<Sentence id="A-5"><Text>No label.</Text></Sentence>
<Sentence id="A-6"><EventCoding sourcecode="---" targetcode="GON" eventcode="111">
</EventCoding><Text>No source.</Text></Sentence>
</Validation>""")
    gold = load_gold(xml)
    assert [(i.text, i.event, i.line) for i in gold.items] == [
        ("The government appealed for calm.", Label("GOV", None, "023", "REQUEST"), 2),
        ("Rain.", None, 7)]
    assert [m.split(": ", 1)[1] for m in gold.skipped] == [
        "Sentence A-3: coded as an error record, so no label",
        "Sentence A-4: event code '174K' is not CAMEO's",
        "Sentence A-5: no <EventCoding>, so no label",
        "Sentence A-6: an event with no source actor (---)"]


@pytest.mark.parametrize(("name", "text", "message"), [
    ("g.csv", "text,source,cameo\nX,EGY,2x6\n", "g.csv:2: cameo: '2x6' is not a CAMEO code"),
    ("g.csv", "Sentence,src,cameo\nX,EGY,042\n", "g.csv:1: no column for the source"),
    ("g.csv", "text,source,cameo\nX,EGY\n", "g.csv:2: 2 cells, but the header has 3"),
    ("g.csv", "text,Source,sourcecode,cameo\nX,EGY,EGY,042\n",
     "g.csv:1: columns 'source' and 'sourcecode' both name the source"),
    ("g.csv", "sentence,source,cameo,category\nX,EGY,042,FOO\n",
     "g.csv:2: category: 'FOO' is not a PLOVER category"),
    ("g.csv", "text,source,cameo\n,EGY,042\n", "g.csv:2: text: each item needs a non-empty"),
    ("g.csv", "text,source,cameo\nX,,042\n", "g.csv:2: source: required"),
    ("g.csv", "text,source,cameo\n", "g.csv: no labelled sentences"),
    ("g.jsonl", '{"text": "X", "source": "EGY", "cameo": "042", "negated": "maybe"}\n',
     "g.jsonl:1: negated: 'maybe' is not true or false"),
    ("g.jsonl", '{"text": "X"\n', "g.jsonl:1: not valid JSON"),
    ("g.jsonl", '["X"]\n', "g.jsonl:1: expected a JSON object"),
    ("g.jsonl", '{"text": "X", "source": "EGY", "cameo": "042", "code": "043"}\n',
     "g.jsonl:1: keys 'cameo' and 'code' both name the cameo"),
    ("g.jsonl", '{"text": "X", "source": "EGY", "cameo": "042", "modality": "maybe"}\n',
     "g.jsonl:1: modality: 'maybe' is none of the coder's modalities"),
    ("g.xml", "<Validation><Sentence", "g.xml:1: not valid XML"),
    ("g.txt", "X", "g.txt: unknown gold format '.txt'"),
])
def test_malformed_gold_names_file_line_and_field(tmp_path, name, text, message):
    with pytest.raises(AccordInputError) as err:
        load_gold(_write(tmp_path, name, text))
    assert str(err.value).startswith(str(tmp_path / message.split(":")[0]))
    assert message.split(":", 1)[1] in str(err.value)


def test_misses_are_the_items_whose_main_event_differs_in_root_source_or_target():
    items = [Item("a", Label("EGY", "ISR", "0256", "REQUEST")), Item("b", None),
             Item("c", Label("RUSMIL", "UKR", "195", "ASSAULT")),
             Item("d", Label("RUS", None, "195", "ASSAULT"))]
    coded = [(Coded("EGYGOV", "ISRMIL", "0251", "REQUEST"),),  # agents and codes below roots
             (Coded("EGY", None, "010", None),),  # an event where there is none
             (Coded("RUS", "UKR", "190", "ASSAULT", confidence=0.5),
              Coded("RUS", "POL", "195", "ASSAULT", confidence=0.9)),  # the main one is wrong
             ()]
    assert [(i.text, m) for i, m in misses(items, coded)] == [
        ("b", coded[1][0]), ("c", coded[2][1]), ("d", None)]
    assert [miss_kinds(i.event, m) for i, m in misses(items, coded)] == [
        ("event where none",), ("target",), ("no event",)]
    assert miss_kinds(items[0].event, Coded("QAT", None, "190", "ASSAULT")) == (
        "root", "source", "target")
    score = score_corpus(items, coded)
    assert (score.root, score.source, score.target, score.quiet) == (2, 2, 1, 0)
    data = score.to_dict({"modality"})
    assert data["modality_accuracy"] is None and data["target_accuracy"] == pytest.approx(1 / 3,
                                                                                          abs=1e-4)


def test_evaluate_scores_the_reader_and_lists_the_misses(nlp, tmp_path):
    path = _write(tmp_path, "gold.csv", CSV)
    result = CliRunner().invoke(app, ["evaluate", str(path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    score = data["score"]
    assert (score["items"], score["with_event"], score["quiet"]) == (4, 3, 1)
    assert score["root_accuracy"] == 1.0 and score["source_accuracy"] == 1.0
    assert score["target_accuracy"] == pytest.approx(2 / 3, abs=1e-4)  # Kharkiv is not Poland
    assert score["modality_accuracy"] is None  # the file says nothing of modality
    assert [(m["line"], m["gold"]["target"], m["coded"]["target"], m["kinds"])
            for m in data["misses"]] == [(5, "POL", "UKR", ["target"])]
    text = CliRunner().invoke(app, ["evaluate", str(path), "--misses", "5"])
    assert text.exit_code == 0, text.output
    assert "target actor accuracy" in text.stdout and "RUSMIL -> POL 195" in text.stdout
    assert "Misses: 1 sentence; wrong target 1" in text.stdout
    assert "modality accuracy" not in text.stdout
    assert sum(b["events"] for b in data["by_confidence"]) == 3  # the quiet one has none


def test_evaluate_refuses_a_bad_file_with_status_2_and_no_traceback(tmp_path):
    path = _write(tmp_path, "gold.csv", "text,source,cameo\nX,EGY,2x6\n")
    result = CliRunner().invoke(app, ["evaluate", str(path)])
    assert result.exit_code == 2
    assert "gold.csv:2: cameo: '2x6' is not a CAMEO code" in result.stderr
    assert "Traceback" not in result.output


def test_semicolons_and_quoted_line_breaks_keep_the_file_lines(tmp_path):
    path = _write(tmp_path, "g.csv", 'text;source;target;cameo\n"Egypt urged\nIsrael to halt.";'
                  'EGY;ISR;0256\n\nIran met Iraq.;IRN;IRQ;x\n')
    with pytest.raises(AccordInputError, match=r"g\.csv:5: cameo: 'x'"):
        load_gold(path)
    path.write_text('text;source;target;cameo\n"Egypt urged\nIsrael to halt.";EGY;ISR;0256\n'
                    'Iran met Iraq.;IRN;IRQ;042\n')
    assert [(i.line, i.event.target) for i in load_gold(path).items] == [(2, "ISR"), (4, "IRQ")]


def test_by_confidence_counts_the_main_events_right_in_each_band():
    gold = Label("EGY", "ISR", "0256", "REQUEST")
    items = [Item("a", gold), Item("b", gold), Item("c", None), Item("d", gold), Item("e", gold)]
    coded = [(Coded("EGY", "ISR", "0256", "REQUEST", confidence=0.95),),
             (Coded("EGY", "QAT", "0256", "REQUEST", confidence=0.9),),  # 0.9 is in the top band
             (Coded("EGY", None, "010", None, confidence=0.6),),  # an event where there is none
             (Coded("QAT", "ISR", "0256", "REQUEST", confidence=0.6),),
             ()]  # no main event: in no band
    assert by_confidence(items, coded) == [
        Band(0.0, 0.5, 0, 0, 0, 0), Band(0.5, 0.7, 2, 1, 1, 0), Band(0.7, 0.9, 0, 0, 0, 0),
        Band(0.9, 1.0, 2, 2, 1, 1)]


def test_a_folder_a_binary_file_and_a_missing_one_are_refused(tmp_path):
    (tmp_path / "gold.csv").mkdir()
    (tmp_path / "bin.jsonl").write_bytes(b"\x00\x01\x02")
    for name, message in (("gold.csv", "a folder, not a file"), ("bin.jsonl", "a binary file"),
                          ("none.yaml", "no such file")):
        with pytest.raises(AccordInputError, match=message):
            load_gold(tmp_path / name)


def test_a_row_the_csv_module_cannot_read_is_located(tmp_path):
    path = _write(tmp_path, "g.csv", "text,source,cameo\nX,EGY,042\n\"" + "x" * 200_000
                  + "\",EGY,042\n")
    with pytest.raises(AccordInputError, match=r"g\.csv:3: not a valid table row: field larger"):
        load_gold(path)
