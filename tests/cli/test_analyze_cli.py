"""The command line as a user runs it: a real subprocess, exit codes, no tracebacks."""

import json
import subprocess
import sys

import pytest

ACCORD = [sys.executable, "-c", "from accord.cli.main import main; main()"]


def run(*args, cwd=None):
    return subprocess.run([*ACCORD, *map(str, args)], capture_output=True, text=True, cwd=cwd)


def test_analyze_json_has_the_documented_keys(flagship_path):
    proc = run("analyze", flagship_path, "--json")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    for key in ("scenario", "n_outcomes", "parties", "reservation", "pareto", "zopa",
                "solutions", "diagnosis"):
        assert key in doc
    assert doc["parties"] == ["israel", "hamas"]
    assert doc["zopa"]["size"] == 0
    assert doc["pareto"]["size"] == len(doc["pareto"]["utilities"])
    assert set(doc["solutions"]) == {"nash", "kalai_smorodinsky", "egalitarian", "utilitarian"}
    assert all(v is None for v in doc["solutions"].values())


def test_analyze_text_report(flagship_path):
    proc = run("analyze", flagship_path)
    assert proc.returncode == 0, proc.stderr
    assert "no ZOPA" in proc.stdout and "ceasefire" in proc.stdout


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("name: x\nissues: {}\nparties: {}\n", "bad.yaml:2: issues"),
        ("name: [unclosed\n", "YAML syntax"),
        ("- just\n- a list\n", "a scenario is a mapping"),
    ],
)
def test_bad_input_exits_2_without_traceback(tmp_path, content, message):
    bad = tmp_path / "bad.yaml"
    bad.write_text(content)
    proc = run("analyze", "bad.yaml", cwd=tmp_path)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert message in proc.stderr


def test_missing_file_and_unknown_format(tmp_path):
    proc = run("analyze", tmp_path / "nope.yaml")
    assert proc.returncode == 2 and "no such file" in proc.stderr
    other = tmp_path / "x.txt"
    other.write_text("hello")
    proc = run("analyze", other)
    assert proc.returncode == 2 and "unknown scenario format" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_bad_option_exits_2():
    proc = run("analyze", "--no-such-flag")
    assert proc.returncode == 2
