"""``accord read``'s command line: several files and folders at once, output that cannot be
written, and what Ctrl-C says was and was not written."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli.main import app
from accord.news.reader import Reading

ROOT = Path(__file__).resolve().parents[2]
FLAGSHIP = ROOT / "scenarios" / "gaza-ceasefire-2024-05.yaml"
DEMAND = "Hamas demands the complete withdrawal of Israeli forces from Gaza.\n"


@pytest.fixture
def unread(monkeypatch):
    """``read_news`` replaced by one that reads nothing of each document (no NLP needed)."""
    import accord.news

    def read_news(docs, *args, **kwargs):
        for doc in docs:
            yield Reading(doc.name, doc.text, doc.date, (), ())

    monkeypatch.setattr(accord.news, "read_news", read_news)


def _names(result) -> list[str]:
    assert result.exit_code == 0, result.output
    return [Path(d["name"]).name for d in json.loads(result.stdout)["documents"]]


def test_several_files_and_folders_are_read_in_the_order_given(tmp_path, unread):
    """``accord read a.txt b.txt`` was 'Got unexpected extra argument(s)'."""
    folder = tmp_path / "more"
    folder.mkdir()
    for path in (tmp_path / "b.txt", tmp_path / "a.txt", folder / "c.txt", folder / "d.txt"):
        path.write_text(DEMAND)
    (tmp_path / "x.bin").write_bytes(b"\x00\x01" * 100)
    args = ["read", str(tmp_path / "b.txt"), str(folder), str(tmp_path / "x.bin"),
            str(tmp_path / "a.txt"), str(folder / "c.txt"), "--json"]
    result = CliRunner().invoke(app, args)
    assert _names(result) == ["b.txt", "c.txt", "d.txt", "a.txt"]
    assert f"accord: skipped {tmp_path / 'x.bin'}: a binary file" in result.stderr
    assert f"accord: skipped {folder / 'c.txt'}: named twice, read once" in result.stderr


@pytest.mark.parametrize(("names", "message"), [
    (["a.txt", "missing.txt"], "missing.txt: no such file or folder"),
    (["a.txt", "-"], "- (standard input) is read alone, not with files"),
    (["x.bin", "empty.txt"], "accord: nothing could be read (")])
def test_several_sources_that_cannot_all_be_read(tmp_path, unread, names, message):
    (tmp_path / "a.txt").write_text(DEMAND)
    (tmp_path / "x.bin").write_bytes(b"\x00\x01" * 100)
    (tmp_path / "empty.txt").write_text("")
    result = CliRunner().invoke(app, ["read", *(str(tmp_path / n) if n != "-" else n
                                                for n in names)])
    assert result.exit_code == 2, result.output
    assert message in result.stderr and "Traceback" not in result.output


def test_the_help_says_what_update_writes():
    result = CliRunner().invoke(app, ["read", "--help"], terminal_width=200)
    assert result.exit_code == 0
    text = " ".join(result.output.replace("│", " ").split())
    assert "FILE|DIR|-" in text and "Text files, folders of them (read in the order given)" in text
    assert "to this file (.yaml, .yml or .json" in text


def _interrupted(monkeypatch):
    import accord.news

    def read_news(docs, *args, **kwargs):
        raise KeyboardInterrupt
        yield

    monkeypatch.setattr(accord.news, "read_news", read_news)


@pytest.mark.parametrize("out", [False, True], ids=["update", "update-and-out"])
def test_ctrl_c_says_the_updated_scenario_was_not_written(tmp_path, monkeypatch, out):
    """With --update --out, Ctrl-C named only the events file."""
    (tmp_path / "a.txt").write_text(DEMAND)
    update = tmp_path / "new.yaml"
    args = ["read", str(tmp_path / "a.txt"), "--scenario", str(FLAGSHIP), "--update",
            str(update), *(["--out", str(tmp_path / "events.csv")] if out else [])]
    _interrupted(monkeypatch)
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 130, result.output
    assert f"{update} (the updated scenario) not written" in result.stderr
    assert not update.exists()
    if out:
        assert f"{tmp_path / 'events.csv'} not written" in result.stderr


def test_output_that_cannot_be_written_is_an_input_error_and_the_scenario_is_kept(
        nlp, tmp_path):
    """``accord read ... > /dev/full`` was 'internal error: OSError: [Errno 28]', exit 1."""
    if not Path("/dev/full").exists():
        pytest.skip("needs /dev/full")
    (tmp_path / "a.txt").write_text(DEMAND)
    update = tmp_path / "new.yaml"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    for options in (["--json"], ["--scenario", str(FLAGSHIP), "--update", str(update)]):
        with open("/dev/full", "w") as full:
            done = subprocess.run([sys.executable, "-m", "accord.cli", "read",
                                   str(tmp_path / "a.txt"), *options], stdout=full,
                                  stderr=subprocess.PIPE, text=True, env=env, timeout=300)
        assert done.returncode == 2, done.stderr
        assert done.stderr.endswith(
            "accord: standard output: cannot write: No space left on device\n"), done.stderr
        assert "Traceback" not in done.stderr and "internal error" not in done.stderr
    assert update.exists()  # what was computed is kept


def test_ctrl_c_after_the_reading_says_the_updated_scenario_was_not_written(
        tmp_path, monkeypatch, unread):
    import accord.cli.read

    def interrupted(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(accord.cli.read, "_print", interrupted)
    (tmp_path / "a.txt").write_text(DEMAND)
    update = tmp_path / "new.yaml"
    result = CliRunner().invoke(app, ["read", str(tmp_path / "a.txt"), "--scenario",
                                      str(FLAGSHIP), "--update", str(update)])
    assert result.exit_code == 130, result.output
    assert result.stderr == f"accord: interrupted: {update} (the updated scenario) not written\n"
    assert not update.exists()

