"""Degenerate scenarios: a located refusal (``file:line: field: message``, exit 2) where the
model is a mistake, a correct answer where the case is legitimate; never an internal error."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from accord.analysis import analyze
from accord.errors import AccordInputError
from accord.io.yaml import parse_scenario

ACCORD = [sys.executable, "-c", "from accord.cli.main import main; main()"]
COMMANDS = [
    ["validate"],
    ["analyze"],
    ["simulate", "--agents", "boulware,linear", "--rounds", "5"],
]

TWO_SIDES = """\
name: {name}
issues:
  a: {{type: categorical, values: [x, y]}}
  b: {{type: categorical, values: [p, q]}}
parties:
  one:
    weights: {{a: {w1}, b: 0.5}}
    values: {{a: {{x: 1, y: 0}}, b: {{p: 1, q: {v}}}}}
  two:
    weights: {{a: 0.5, b: 0.5}}
    values: {{a: {{x: 0, y: 1}}, b: {{p: 0, q: 1}}}}
"""


def scenario(name="degenerate", w1="0.5", v="0", extra=""):
    return TWO_SIDES.format(name=name, w1=w1, v=v) + extra


FORBID_ALL = """\
constraints:
  - forbid: {a: [x]}
  - forbid: {a: [y], b: [p]}
  - {reason: nothing left, forbid: {b: [q], a: [y]}}
"""

REFUSED = {
    "constraints forbid every package": (
        scenario(extra=FORBID_ALL),
        "12: constraints: together the constraints forbid every one of the 4 packages",
    ),
    "an empty forbidden list": (
        scenario(extra="constraints:\n  - forbid: {a: []}\n"),
        "13: constraints.0.forbid.a: must not be empty",
    ),
    "all weights zero": (
        scenario().replace("  two:\n    weights: {a: 0.5, b: 0.5}",
                           "  two:\n    weights: {a: 0, b: 0.0}"),
        "10: parties.two.weights: every weight is 0: the party would value all packages alike",
    ),
    "a value that is not a number": (
        scenario(v=".nan"),
        "8: parties.one.values.b.q: must be a finite number",
    ),
    "an infinite weight": (
        scenario(w1=".inf"),
        "7: parties.one.weights.a: must be a finite number",
    ),
    "no issues": (
        "name: empty\nissues: {}\nparties:\n  one: {weights: {}, values: {}}\n",
        "2: issues: must not be empty",
    ),
    "a spatial party with no salience": (
        "name: s\nissues:\n  n: {type: integer, min: 0, max: 10}\nparties:\n"
        "  one: {positions: {n: 2}, salience: {n: 0}}\n"
        "  two: {positions: {n: 8}, salience: {n: 1}}\n",
        "5: parties.one.salience: no positive salience on an issue where the party has a "
        "position",
    ),
    "rectangles worth nothing": (
        "name: r\nissues:\n  n: {type: integer, min: 0, max: 3}\nparties:\n"
        "  one: {max_utility: 1, rectangles: [{utility: 0, bounds: {n: [0, 1]}}]}\n"
        "  two: {weights: {n: 1}, values: {n: {type: linear, direction: increasing}}}\n",
        "5: parties.one.rectangles: every rectangle's utility is 0",
    ),
    "a party with no preferences": (
        scenario().replace("  two:\n    weights: {a: 0.5, b: 0.5}\n"
                           "    values: {a: {x: 0, y: 1}, b: {p: 0, q: 1}}\n",
                           "  two:\n    reservation_value: 0.2\n"),
        "9: parties.two: a negotiating party needs weights and values",
    ),
}


def run(*args, cwd=None):
    return subprocess.run([*ACCORD, *map(str, args)], capture_output=True, text=True, cwd=cwd)


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
@pytest.mark.parametrize("case", sorted(REFUSED))
def test_modelling_errors_are_refused_where_they_are(tmp_path, case, command):
    text, message = REFUSED[case]
    (tmp_path / "s.yaml").write_text(text)
    proc = run(command[0], "s.yaml", *command[1:], cwd=tmp_path)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert proc.stderr.startswith(f"accord: s.yaml:{message}"), proc.stderr
    assert "internal error" not in proc.stderr and "Traceback" not in proc.stderr


def test_a_single_option_issue_is_legitimate(tmp_path):
    (tmp_path / "s.yaml").write_text(
        "name: one option\n"
        "issues:\n"
        "  venue: {type: categorical, values: [geneva]}\n"
        "  n: {type: integer, min: 3, max: 3}\n"
        "  term: {type: ordinal, values: [short, long]}\n"
        "parties:\n"
        "  one:\n"
        "    reservation_value: 0.2\n"
        "    weights: {venue: 0.2, n: 0.4, term: 0.4}\n"
        "    values: {venue: {geneva: 1}, n: {type: linear, direction: increasing},\n"
        "             term: {type: linear, direction: increasing}}\n"
        "  two:\n"
        "    reservation_value: 0.2\n"
        "    weights: {venue: 0.2, term: 0.8}\n"
        "    values: {venue: {geneva: 0.5}, term: {short: 1, long: 0.25}}\n"
    )
    proc = run("analyze", "s.yaml", "--json", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    # a linear value on a one-option issue is 1; by hand: short (0.6, 0.9), long (1.0, 0.3)
    assert doc["n_outcomes"] == 2 and doc["zopa"]["size"] == 2
    frontier = sorted(map(tuple, doc["pareto"]["utilities"]))
    assert [pytest.approx(u) for u in frontier] == [(0.6, 0.9), (1.0, 0.3)]
    assert doc["solutions"]["utilitarian"]["outcome"] == {"venue": "geneva", "n": 3,
                                                          "term": "short"}
    proc = run("simulate", "s.yaml", "--agents", "boulware,boulware", "--rounds", "5",
               cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr


def test_reservation_above_every_package_is_an_empty_zopa(tmp_path):
    # one's weights sum to 0.8, so no package reaches its walk-away value of 0.9
    (tmp_path / "s.yaml").write_text(
        scenario(w1="0.3").replace("  one:\n", "  one:\n    reservation_value: 0.9\n")
    )
    proc = run("analyze", "s.yaml", "--json", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["zopa"] == {"size": 0, "empty": True}
    assert all(v is None for v in doc["solutions"].values())
    assert doc["diagnosis"]["shortfall"] == pytest.approx(0.1)
    assert doc["diagnosis"]["party_concessions"] == {"one": pytest.approx(0.1), "two": None}
    proc = run("simulate", "s.yaml", "--agents", "boulware,boulware", "--rounds", "5",
               cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr


def test_analysis_refuses_when_constraints_cannot_be_counted(monkeypatch):
    """Where counting the feasible packages would cost too much, validation lets the file
    through; the analysis then finds nothing feasible and says so (enumerated or searched)."""
    from accord.analysis import frontier
    from accord.model.space import OutcomeSpace

    monkeypatch.setattr(OutcomeSpace, "count_feasible", lambda self, limit=0: None)
    s = parse_scenario(scenario(extra=FORBID_ALL))
    with pytest.raises(AccordInputError, match="constraints: the constraints forbid every"):
        analyze(s)
    monkeypatch.setattr(frontier, "ENUMERATION_LIMIT", 1)
    with pytest.raises(AccordInputError, match="search found no feasible package among 4"):
        analyze(s)
