"""What ``accord read`` writes: the events table, the JSON with a dry run's diff, the updated
scenario (layout kept, the same article applied once), and what Ctrl-C leaves."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli.main import app
from accord.io.yaml import load_scenario
from accord.news.actors import Actor
from accord.news.events import Event, Sentence
from accord.news.reader import Reading

ROOT = Path(__file__).resolve().parents[2]
FLAGSHIP = ROOT / "scenarios" / "gaza-ceasefire-2024-05.yaml"
DEMAND = "Hamas demands the complete withdrawal of Israeli forces from Gaza.\n"


def _reading(name: str, events: int = 2) -> Reading:
    text = "Hamas negotiators walked out of the talks, Egypt said."
    sentence = Sentence(text, 0, len(text))
    event = Event(0, (19, 25), Actor("Hamas negotiators", "PSEHMS"), None, "SANCTION",
                  "withdraw", "164", -6.5, False, None, 0.9, said_by=Actor("Egypt", "EGY"),
                  act="halt_talks", content="the talks", found="lexicon")
    return Reading(name, text, None, (sentence,), (event,) * events)


def _flat(event: dict) -> dict:
    """An event's JSON flattened as the docs say: span as start/end, actors as _text/_code."""
    out = {}
    for key, value in event.items():
        if key == "span":
            out["start"], out["end"] = value
        elif key in ("source", "target", "said_by"):
            out[f"{key}_text"] = value["text"] if value else None
            out[f"{key}_code"] = value["code"] if value else None
        else:
            out[key] = value
    return out


def test_the_table_has_every_json_field_flattened():
    """act, content, found and said_by's code were missing from the CSV and Parquet."""
    from accord.news.export import COLUMNS, event_rows

    reading = _reading("a.txt", 1)
    (row,) = event_rows([reading])
    assert list(row) == list(COLUMNS)
    flat = _flat(reading.events[0].to_dict())
    assert {k: row[k] for k in flat} == flat
    assert set(COLUMNS) - set(flat) == {"document", "sentence_text"}


def test_parquet_columns_keep_their_types_when_empty(tmp_path):
    """Columns of nulls had Arrow's type null, and a file with no events no real schema:
    two outputs could not be read as one dataset."""
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    from accord.io.results import write_table
    from accord.news.export import TYPES, event_table

    write_table(event_table([]), tmp_path / "none.parquet", TYPES)
    write_table(event_table([_reading("a.txt")]), tmp_path / "two.parquet", TYPES)
    none, two = pq.read_table(tmp_path / "none.parquet"), pq.read_table(tmp_path / "two.parquet")
    assert none.schema == two.schema
    assert two.schema.field("target_code").type == pa.string()  # all null, still a string
    assert two.schema.field("negated").type == pa.bool_()
    assert two.schema.field("sentence").type == pa.int64()
    assert pa.concat_tables([none, two]).num_rows == 2


def test_unwritable_outputs_are_refused_before_anything_is_read(tmp_path, monkeypatch):
    """--out /proc/ev.csv was found only after the whole read, as 'No such file or
    directory'; the folder is now tried (a file made and removed) before reading."""
    import accord.news

    if not Path("/proc/self").is_dir():
        pytest.skip("no /proc")

    def never(*args, **kwargs):
        raise AssertionError("read before the outputs were checked")

    monkeypatch.setattr(accord.news, "read_news", never)
    (tmp_path / "a.txt").write_text(DEMAND)
    for option, target, extra in (("--out", "/proc/ev.csv", []),
                                  ("--update", "/proc/x.yaml", ["--scenario", str(FLAGSHIP)])):
        result = CliRunner().invoke(app, ["read", str(tmp_path / "a.txt"), option, target,
                                          *extra])
        assert result.exit_code == 2, result.output
        assert f"/proc: {option}: cannot write here" in result.stderr
        assert "Traceback" not in result.output


def _interrupted_after(monkeypatch, readings):
    import accord.news

    def read_news(*args, **kwargs):
        yield from readings
        raise KeyboardInterrupt

    monkeypatch.setattr(accord.news, "read_news", read_news)


def test_ctrl_c_with_out_saves_the_documents_read_to_their_end(tmp_path, monkeypatch):
    """Ctrl-C saved nothing: --out was written only at the end."""
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(DEMAND)
    out = tmp_path / "events.csv"
    out.write_text("earlier run\n")
    _interrupted_after(monkeypatch, [_reading("a.txt"), _reading("b.txt", 1)])
    result = CliRunner().invoke(app, ["read", str(tmp_path), "--out", str(out)])
    assert result.exit_code == 130, result.output
    assert f"interrupted: wrote the 2 documents read to their end (3 events) to {out}" \
        in result.stderr
    with out.open() as handle:
        assert [r["document"] for r in csv.DictReader(handle)] == ["a.txt"] * 2 + ["b.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt", "c.txt",
                                                          "events.csv"]


def test_ctrl_c_before_any_document_ends_leaves_the_old_file(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(DEMAND)
    out = tmp_path / "events.csv"
    out.write_text("earlier run\n")
    _interrupted_after(monkeypatch, [])
    result = CliRunner().invoke(app, ["read", str(tmp_path / "a.txt"), "--out", str(out)])
    assert result.exit_code == 130, result.output
    assert "no document was read to its end" in result.stderr
    assert out.read_text() == "earlier run\n"


def test_a_write_interrupted_midway_leaves_the_old_file(tmp_path):
    from accord.io.results import replacing

    out = tmp_path / "events.csv"
    out.write_text("earlier run\n")
    with pytest.raises(KeyboardInterrupt), replacing(out) as tmp:
        tmp.write_text("half")
        raise KeyboardInterrupt
    assert out.read_text() == "earlier run\n"
    assert [p.name for p in tmp_path.iterdir()] == ["events.csv"]


def test_an_appended_note_keeps_the_blank_line_after_its_block():
    """The blank line before 'egypt:' went inside the new note's 'sources: [...]' (a line
    '[news-x' and a line ']')."""
    pytest.importorskip("ruamel.yaml")
    from accord.io.yaml import load_scenario
    from accord.io.yaml_update import updated_yaml
    from accord.model import Note

    old = load_scenario(FLAGSHIP)
    hamas = old.parties["hamas"]
    note = Note(about="withdrawal", text="new evidence", sources=("seed",))
    new = old.model_copy(update={"parties": {
        **old.parties, "hamas": hamas.model_copy(update={"notes": (*hamas.notes, note)})}})
    text = FLAGSHIP.read_text()
    edited = updated_yaml(text, old, new).splitlines()
    assert "        sources: [seed]" in edited
    assert edited[edited.index("  egypt:") - 1] == ""
    assert len(edited) == len(text.splitlines()) + 3


def test_dry_run_json_is_one_object_with_the_diff(nlp, tmp_path):
    """The diff was printed after the JSON object: stdout was no longer JSON."""
    (tmp_path / "report.txt").write_text(DEMAND)
    out = tmp_path / "new.yaml"
    result = CliRunner().invoke(app, ["read", str(tmp_path / "report.txt"), "--scenario",
                                      str(FLAGSHIP), "--update", str(out), "--dry-run",
                                      "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["diff"].startswith(f"--- {FLAGSHIP}\n+++ {out}\n")
    assert not out.exists()


def test_dry_run_of_a_json_update_shows_the_json_it_writes(nlp, tmp_path):
    """The diff shown was YAML's, though a JSON file would be written."""
    from accord.io.detect import scenario_text
    from accord.io.yaml import load_scenario
    from accord.news.updates import text_diff

    (tmp_path / "report.txt").write_text(DEMAND)
    out = tmp_path / "new.json"
    args = ["read", str(tmp_path / "report.txt"), "--scenario", str(FLAGSHIP), "--update",
            str(out)]
    dry = CliRunner().invoke(app, [*args, "--dry-run", "--json"])
    assert dry.exit_code == 0, dry.output
    wet = CliRunner().invoke(app, args)
    assert wet.exit_code == 0, wet.output
    before = scenario_text(load_scenario(FLAGSHIP), out)
    assert json.loads(dry.stdout)["diff"] == text_diff(before, out.read_text(), str(FLAGSHIP),
                                                       str(out))
    assert '+    "news-report": {' in json.loads(dry.stdout)["diff"].splitlines()


def test_the_same_article_applied_twice_adds_nothing(nlp, tmp_path):
    """Read again on the updated scenario, an article added its evidence notes again."""
    (tmp_path / "report.txt").write_text(DEMAND)
    once, twice = tmp_path / "once.yaml", tmp_path / "twice.yaml"
    for scenario, out in ((FLAGSHIP, once), (once, twice)):
        result = CliRunner().invoke(app, ["read", str(tmp_path / "report.txt"), "--scenario",
                                          str(scenario), "--update", str(out)])
        assert result.exit_code == 0, result.output
    assert once.read_text() != FLAGSHIP.read_text()
    assert twice.read_text() == once.read_text()
    assert "already noted from news-report" in result.stdout


def test_two_articles_of_one_name_keep_a_source_each(nlp, tmp_path):
    """report.txt in two folders (or two texts read from standard input) are two articles:
    each cites a source of its own, and reading them again adds nothing."""
    for folder, text in (("a", DEMAND), ("b", "Israel rejected a permanent ceasefire.\n")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(text)
    once, twice = tmp_path / "once.yaml", tmp_path / "twice.yaml"
    for scenario, out in ((FLAGSHIP, once), (once, twice)):
        result = CliRunner().invoke(app, ["read", str(tmp_path / "a"), str(tmp_path / "b"),
                                          "--scenario", str(scenario), "--update", str(out)])
        assert result.exit_code == 0, result.output
    sources = load_scenario(once).sources
    ours = {k: s for k, s in sources.items() if k.startswith("news-report")}
    assert len(ours) == 2 and {s.title for s in ours.values()} == {
        DEMAND.strip(), "Israel rejected a permanent ceasefire."}
    assert twice.read_text() == once.read_text()


def test_events_come_by_sentence_then_by_confidence(seed_digest):
    """The documented order (docs/news.md, events[]): sentence by sentence, and within a
    sentence the most confident first (its main event), ties by position; not one ranking by
    confidence across the article."""
    _, _, digest = seed_digest
    (reading,) = digest.readings
    keys = [(e.sentence, -e.confidence, e.span[0]) for e in reading.events]
    assert keys == sorted(keys)
    assert len({e.sentence for e in reading.events}) > 5


def test_a_file_replaced_keeps_its_permissions(tmp_path):
    from accord.io.results import write_csv

    out = tmp_path / "events.csv"
    out.write_text("earlier run\n")
    out.chmod(0o640)
    write_csv({"a": [1]}, out)
    assert out.read_text() == "a\n1\n" and (out.stat().st_mode & 0o777) == 0o640
