"""Spaces beyond int64 or memory, as a user meets them: every package printed carries the
utilities the file gives it, and what cannot be enumerated is searched or refused."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import yaml

ACCORD = [sys.executable, "-c", "from accord.cli.main import main; main()"]
INTEGER_ISSUES = 12  # of 100 values each: 10^24 packages with the categorical issue's 3

WEIGHTS = {
    "a": [0.02, 0.12, 0.1, 0.05, 0.09, 0.06, 0.04, 0.11, 0.07, 0.08, 0.03, 0.13, 0.1],
    "b": [0.1, 0.04, 0.06, 0.12, 0.05, 0.1, 0.09, 0.03, 0.08, 0.11, 0.07, 0.05, 0.1],
}


def run(*args, cwd=None):
    return subprocess.run([*ACCORD, *map(str, args)], capture_output=True, text=True, cwd=cwd)


def big_scenario() -> dict:
    issues = {f"i{k}": {"type": "integer", "min": 0, "max": 99} for k in range(INTEGER_ISSUES)}
    issues["venue"] = {"type": "categorical", "values": ["geneva", "doha", "oslo"]}
    parties = {}
    for key, rising in (("a", True), ("b", False)):
        values = {}
        for k in range(INTEGER_ISSUES):
            if k % 4 == 3:
                values[f"i{k}"] = {"type": "triangular", "peak": 30 if rising else 70}
            else:
                up = rising == (k % 3 != 0)
                values[f"i{k}"] = {"type": "linear",
                                   "direction": "increasing" if up else "decreasing"}
        values["venue"] = {"geneva": 1.0, "doha": 0.4, "oslo": 0.0} if rising else {
            "geneva": 0.2, "doha": 1.0, "oslo": 0.6}
        names = [*(f"i{k}" for k in range(INTEGER_ISSUES)), "venue"]
        parties[key] = {
            "reservation_value": 0.35,
            "weights": dict(zip(names, WEIGHTS[key])),
            "values": values,
        }
    return {"name": "twelve wide issues", "issues": issues, "parties": parties}


def utility(doc: dict, party: str, outcome: dict) -> float:
    """A party's utility from the file's own definitions, by hand (no accord code)."""
    spec = doc["parties"][party]
    total = 0.0
    for issue, weight in spec["weights"].items():
        value = spec["values"][issue]
        x = outcome[issue]
        if issue == "venue":
            v = value[x]
        elif value["type"] == "linear":
            v = x / 99 if value["direction"] == "increasing" else (99 - x) / 99
        else:  # triangular on [0, 99]
            peak = value["peak"]
            v = x / peak if x <= peak else (99 - x) / (99 - peak)
        total += weight * v
    return min(1.0, total)


def outcome_of(doc: dict, index: int) -> dict:
    """The package with mixed-radix ``index``, first issue most significant, by hand."""
    names = list(doc["issues"])
    options = [
        list(range(100)) if spec["type"] == "integer" else spec["values"]
        for spec in doc["issues"].values()
    ]
    digits = []
    for opts in reversed(options):
        index, d = divmod(index, len(opts))
        digits.append(d)
    assert index == 0
    return {n: opts[d] for n, opts, d in zip(names, options, reversed(digits))}


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    doc = big_scenario()
    path = tmp_path_factory.mktemp("big") / "big.yaml"
    path.write_text(yaml.safe_dump(doc, sort_keys=False))
    return doc, path


@pytest.fixture(scope="module")
def analysed(big):
    doc, path = big
    proc = run("analyze", path, "--json")
    assert proc.returncode == 0, proc.stderr
    return doc, json.loads(proc.stdout)


def test_every_printed_package_has_the_files_utilities(analysed):
    doc, result = analysed
    parties = result["parties"]
    assert result["n_outcomes"] == 3 * 100**INTEGER_ISSUES
    assert result["pareto"]["exact"] is False  # searched, and it says so
    printed = [
        (s["outcome"], s["utilities"]) for s in result["solutions"].values() if s is not None
    ]
    assert len(printed) == 4  # a ZOPA exists: every solution is a package to check
    diagnosis = result["diagnosis"]
    for package in [*diagnosis["closest_packages"], *diagnosis["recommended"].values()]:
        printed.append((package["outcome"], package["utilities"]))
    for outcome, utilities in printed:
        assert set(outcome) == set(doc["issues"])
        assert utilities == pytest.approx([utility(doc, p, outcome) for p in parties], abs=1e-12)
    for party, extremes in result["extremes"].items():
        for end in ("best", "worst"):
            by_hand = utility(doc, party, extremes[end]["outcome"])
            assert extremes[end]["utility"] == pytest.approx(by_hand, abs=1e-12)
    frontier = zip(result["pareto"]["outcomes"], result["pareto"]["utilities"], strict=True)
    for index, utilities in frontier:
        outcome = outcome_of(doc, index)
        assert utilities == pytest.approx([utility(doc, p, outcome) for p in parties], abs=1e-12)


def test_the_text_report_says_searched(big):
    doc, path = big
    proc = run("analyze", path)
    assert proc.returncode == 0, proc.stderr
    assert "3,000,000,000,000,000,000,000,000 packages" in proc.stdout
    assert "searched, not exact" in proc.stdout


def test_validate_and_convert_never_enumerate(big, tmp_path):
    doc, path = big
    proc = run("validate", path)
    assert proc.returncode == 0 and proc.stderr == ""  # no overflow warning either
    assert "outcomes: 3,000,000,000,000,000,000,000,000" in proc.stdout
    proc = run("convert", path, tmp_path / "big.json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads((tmp_path / "big.json").read_text())["issues"] == doc["issues"]


def test_forecast_never_enumerates(big, tmp_path):
    doc, _ = big
    doc = json.loads(json.dumps(doc))
    doc["parties"]["a"].update(positions={"i0": 10, "i1": 80}, salience={"i0": 0.6, "i1": 0.4})
    doc["parties"]["b"].update(positions={"i0": 90, "i1": 20}, salience={"i0": 0.5, "i1": 0.5})
    path = tmp_path / "forecast.yaml"
    path.write_text(yaml.safe_dump(doc, sort_keys=False))
    proc = run("forecast", path, "--json")
    assert proc.returncode == 0, proc.stderr


@pytest.mark.parametrize(
    "command",
    [
        ["simulate", "{path}", "--agents", "boulware,linear"],
        ["tournament", "{path}", "--agents", "boulware,linear", "--out", "{out}"],
    ],
)
def test_simulation_refuses_naming_file_and_size(big, tmp_path, command):
    _, path = big
    args = [a.format(path=path, out=tmp_path / "out") for a in command]
    proc = run(*args)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert proc.stderr.startswith(
        f"accord: {path}:2: issues: the outcome space has 3,000,000,000,000,000,000,000,000 "
        "packages; simulation handles at most 10,000,000"
    ), proc.stderr
    assert not (tmp_path / "out").exists()


HUGE_ISSUE = """\
name: one huge issue
issues:
  money: {type: integer, min: 0, max: 9999999999}
parties:
  payer:
    weights: {money: 1}
    values: {money: {type: linear, direction: decreasing}}
    positions: {money: 0}
    salience: {money: 1}
  payee:
    weights: {money: 1}
    values: {money: {type: linear, direction: increasing}}
    positions: {money: 9999999999}
    salience: {money: 1}
"""


@pytest.mark.parametrize(
    "command",
    [
        ["analyze", "huge.yaml"],
        ["validate", "huge.yaml"],
        ["forecast", "huge.yaml"],
        ["simulate", "huge.yaml", "--agents", "boulware,linear"],
        ["convert", "huge.yaml", "out.yaml"],
    ],
)
def test_an_issue_of_10_billion_values_is_refused_where_it_is(tmp_path, command):
    (tmp_path / "huge.yaml").write_text(HUGE_ISSUE)
    proc = run(*command, cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.startswith(
        "accord: huge.yaml:3: issues.money: 10,000,000,000 options; an issue may have at most "
        "10,000,000"
    ), proc.stderr
    assert not (tmp_path / "out.yaml").exists()
