"""``accord read`` end to end: JSON, the events table and the scenario update."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli.main import app
from accord.io.yaml import load_scenario

ROOT = Path(__file__).resolve().parents[2]
FLAGSHIP = ROOT / "scenarios" / "gaza-ceasefire-2024-05.yaml"
TEXT = ("Hamas negotiators walked out of the talks in Cairo on 9 May 2024.\n\n"
        "Israel did not attack Rafah, a spokesman said.\n")


def test_json_lists_documents_sentences_and_events_with_offsets(nlp, tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(TEXT)
    result = CliRunner().invoke(app, ["read", str(path), "--json", "--out",
                                      str(tmp_path / "events.csv")])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    (doc,) = data["documents"]
    assert doc["date"] == "2024-05-09"
    for s in doc["sentences"]:
        assert doc["text"][s["start"]:s["end"]] == s["text"]
    walk = [e for e in doc["events"] if e["cameo"] == "164"]
    assert [(e["source"]["code"], e["plover"], e["place"]) for e in walk] == [
        ("PSEHMS", "SANCTION", "Cairo")]
    assert doc["text"][walk[0]["span"][0]:walk[0]["span"][1]].startswith("walked")
    attack = [e for e in doc["events"] if e["plover"] == "ASSAULT"]
    assert [(e["source"]["code"], e["target"]["code"], e["negated"]) for e in attack] == [
        ("ISR", "PSE", True)]
    assert data["status"]["status"] == "suspended"
    with (tmp_path / "events.csv").open() as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(doc["events"])


def test_update_dry_run_shows_the_diff_and_writes_nothing(nlp, tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("Hamas demands the complete withdrawal of Israeli forces from Gaza.\n")
    out = tmp_path / "updated.yaml"
    args = ["read", str(path), "--scenario", str(FLAGSHIP), "--update", str(out)]
    result = CliRunner().invoke(app, [*args, "--dry-run", "--json"])
    assert result.exit_code == 0, result.output
    assert not out.exists()
    assert "news-report" in result.stdout
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    updated = load_scenario(out)
    assert updated.parties["hamas"].notes[-1].sources == ("news-report",)


def test_unwritable_update_is_a_located_error(nlp, tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("Hamas demands the complete withdrawal of Israeli forces from Gaza.\n")
    out = tmp_path / "no-such-folder" / "updated.yaml"
    args = ["read", str(path), "--scenario", str(FLAGSHIP), "--update", str(out)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2
    assert f"{out.parent}: --update: no such folder" in result.output  # before any reading


def test_update_keeps_the_scenario_comments_and_only_adds_lines(nlp, tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("Hamas demands the complete withdrawal of Israeli forces from Gaza.\n")
    out = tmp_path / "updated.yaml"
    args = ["read", str(path), "--scenario", str(FLAGSHIP), "--update", str(out)]
    result = CliRunner().invoke(app, [*args, "--dry-run"])
    assert result.exit_code == 0, result.output
    diff = result.stdout[result.stdout.index(f"--- {FLAGSHIP}"):].splitlines()
    assert [line for line in diff[2:] if line.startswith("-")] == []
    assert any(line.startswith("+") and "news-report" in line for line in diff)
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    original = FLAGSHIP.read_text().splitlines()
    written = out.read_text().splitlines()
    assert [line for line in original if line not in written] == []
    assert sum(line.lstrip().startswith("#") for line in written) == sum(
        line.lstrip().startswith("#") for line in original) > 10


def test_several_processes_read_exactly_what_one_does(nlp, seed_path):
    from accord.news import read_documents, read_news
    from accord.news.text import RawDocument

    (doc,) = read_documents(seed_path)
    docs = [RawDocument(f"copy{i}", doc.text, doc.paragraphs, doc.date) for i in range(5)]
    one = list(read_news(docs, nlp=nlp, batch_size=8))
    two = list(read_news(docs, nlp=nlp, batch_size=8, jobs=2))
    assert [r.name for r in two] == [f"copy{i}" for i in range(5)]
    assert two == one
    assert list(read_news(docs[:1], nlp=nlp, jobs=2)) == one[:1]  # one document: spaCy's


def test_a_folder_reads_what_it_can_and_names_what_it_skips(nlp, tmp_path):
    (tmp_path / "a.txt").write_text("Hamas negotiators walked out of the talks in Cairo.\n")
    (tmp_path / "b.txt").write_text("这是一个中文句子，讨论加沙停火谈判的进展情况。\n")
    (tmp_path / "c.bin").write_bytes(b"\x00\x01" * 100)
    (tmp_path / "d.txt").write_bytes(b"")
    result = CliRunner().invoke(app, ["read", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    assert [d["name"] for d in json.loads(result.stdout)["documents"]] == [
        str(tmp_path / "a.txt")]
    for name, why in (("b.txt", "does not look like English"), ("c.bin", "a binary file"),
                      ("d.txt", "no text")):
        assert f"accord: skipped {tmp_path / name}: {why}" in result.stderr



def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(x) for x in path.read_text().split()] if path.exists() else []


@pytest.mark.parametrize("group", [False, True], ids=["parent-only", "process-group"])
def test_ctrl_c_while_worker_processes_parse_stops_them(nlp, tmp_path, group):
    """One document read with --jobs 2 is parsed by spaCy's worker processes. Ctrl-C used to
    hang for good when only the parent got it (spaCy joined workers blocked on a pipe no one
    read), and printed each worker's traceback when the whole process group got it."""
    if not Path("/proc/self/task").exists():
        pytest.skip("needs /proc to see the worker processes")
    path = tmp_path / "long.txt"
    path.write_text("Hamas negotiators walked out of the talks in Cairo. Israel threatened "
                    "to attack Rafah, and Qatar urged both sides to return.\n\n" * 2000)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    process = subprocess.Popen(
        [sys.executable, "-m", "accord.cli", "read", str(path), "--jobs", "2"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env,
        start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        for _ in range(1200):  # the workers start once the pipeline is loaded
            if len(_children(process.pid)) >= 2 or process.poll() is not None:
                break
            time.sleep(0.1)
        assert len(_children(process.pid)) >= 2, "the worker processes never started"
        time.sleep(1.0)  # let them parse
        (os.killpg if group else os.kill)(process.pid, signal.SIGINT)
        _, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    assert process.returncode == 130, err
    assert "accord: interrupted" in err and "Traceback" not in err, err


@pytest.mark.parametrize(("options", "message"), [
    (["--out", "{dir}/events.txt"], "events.txt: --out: the file name must end in .csv or "),
    (["--update", "{dir}/new.txt", "--scenario", str(FLAGSHIP)], "--update: the file name"),
    (["--update", "{dir}/no/new.yaml", "--scenario", str(FLAGSHIP)], "--update: no such folder"),
    (["--date", "yesterday"], "--date: not a date: 'yesterday'"),
    (["--date", "2024-13-45"], "--date: not a date: '2024-13-45'"),
    (["--threat-shift", "5"], "'--threat-shift'"),
    (["--threatened-shift", "-2"], "'--threatened-shift'"),
    (["--min-confidence", "3"], "'--min-confidence'"),
    (["--max-mb", "0"], "--max-mb: must be more than 0 MB"),
])
def test_bad_options_are_refused_before_anything_is_read(tmp_path, options, message):
    """They were taken: an events file 'events.txt' written as CSV, any --date, a walk-away
    shift of 5 (an internal error once the update was made), --max-mb 0 ('0.0 MB is more
    than accord read takes'); a missing --update folder was found after the reading."""
    path = tmp_path / "report.txt"
    path.write_text(TEXT)
    args = ["read", str(path), *(o.format(dir=tmp_path) for o in options)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2, result.output
    assert message in result.stderr and result.stdout == ""
    assert "Traceback" not in result.output and "internal error" not in result.output
    assert not (tmp_path / "events.txt").exists()


def test_update_options_out_of_range_are_input_errors():
    from accord.errors import AccordInputError
    from accord.news import UpdateOptions

    with pytest.raises(AccordInputError, match="--threat-shift: must be from -1 to 1, not 5"):
        UpdateOptions(threat_shift=5)
    with pytest.raises(AccordInputError, match="--min-confidence"):
        UpdateOptions(min_confidence=-0.1)


def test_the_parser_gets_batches_of_bounded_characters():
    """64 paragraphs of 10,000 characters went to the parser at once (2.1 GB peak for a
    1.2 MB text); batches now hold at most BATCH_CHARACTERS (and 64 paragraphs)."""
    from accord.news.reader import BATCH_CHARACTERS, _parsed

    seen: list[list[str]] = []

    class Recorder:
        def pipe(self, items, as_tuples=False, batch_size=1000, **kwargs):
            texts = list(items)
            seen.append([t for t, _ in texts])
            yield from texts

    items = [("x" * (9_000 if k % 3 else 100), k) for k in range(200)]
    out = list(_parsed(Recorder(), iter(items), 64, 1))
    assert out == items  # every paragraph, in order
    assert all(sum(map(len, batch)) <= BATCH_CHARACTERS and len(batch) <= 64 for batch in seen)
    short = [("y" * 10, k) for k in range(200)]
    seen.clear()
    assert list(_parsed(Recorder(), iter(short), 64, 1)) == short
    assert [len(b) for b in seen] == [64, 64, 64, 8]


def test_files_skipped_are_named_before_the_reading_starts(tmp_path, monkeypatch):
    """They were named only once every other file had been read: after minutes of a large
    folder, and never when Ctrl-C stopped the reading."""
    import accord.news

    (tmp_path / "a.txt").write_text("Hamas negotiators walked out of the talks in Cairo.\n")
    (tmp_path / "c.bin").write_bytes(b"\x00\x01" * 100)

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(accord.news, "read_news", interrupted)
    result = CliRunner().invoke(app, ["read", str(tmp_path)])
    assert result.exit_code != 0
    assert f"accord: skipped {tmp_path / 'c.bin'}: a binary file" in result.output
