"""decide's input files (#A, #P, #M, #D records): read exactly, refused with a location."""

from __future__ import annotations

import json

import numpy as np
import pytest
import typer
from typer.testing import CliRunner

from accord.cli.forecast import forecast
from accord.errors import AccordInputError
from accord.io.decide import parse_decide, read_decide
from accord.io.stakeholders import load_stakeholders

GOOD = """'#A'\t'a'\t'Actor A'\t'a note'
'#A'\t'b'\t'Actor B'\t''
'#/'\tanything at all
'#P'\t'size'\t'Size'\t'how big'
'#M'\t'size'\t0.5\t'small'
'#M'\t'size'\t7\t'large'
'#P'\t'when'\t'When'\t''
'#D'\t'a'\t'size'\t3.75\t0.5\t0.4
'#D'\t'b'\t'size'\t0.5\t1.0\t0.8
'#D'\t'b'\t'when'\t80\t0.25\t0.8
"""


def test_reads_records_bounds_and_missing_cells():
    d = parse_decide(GOOD)
    s = d.stakeholders
    assert s.names == ("Actor A", "Actor B") and s.dimensions == ("Size", "When")
    np.testing.assert_array_equal(d.bounds, [[0.5, 7], [0, 100]])
    assert d.meanings[0] == ((0.5, "small"), (7.0, "large"))
    np.testing.assert_allclose(s.capability, [0.4, 0.8])
    # 3.75 on 0.5..7 is half-way; 'a' has no #D on 'when': salience 0, at the weighted mean
    np.testing.assert_allclose(s.position, [[50, 80], [0, 80]])
    np.testing.assert_allclose(s.salience, [[0.5, 0], [1, 0.25]])
    np.testing.assert_allclose(d.to_issue_units(np.array([50.0, 80.0])), [3.75, 80])


def test_semicolons_and_plain_fields():
    text = "#A;x;X\n#A;y;Y\n#P;p;P\n#D;x;p;10;0.5;1\n#D;y;p;90;0.5;1\n"
    assert parse_decide(text).stakeholders.position[:, 0].tolist() == [10, 90]


@pytest.mark.parametrize("line, bad, where", [
    ("'#D'\t'c'\t'size'\t3\t0.5\t0.4", "no #A line", ":11: actor:"),
    ("'#D'\t'a'\t'cost'\t3\t0.5\t0.4", "no #P line", ":11: issue:"),
    ("'#D'\t'a'\t'when'\t101\t0.5\t0.4", r"outside \[0, 100\]", ":11: position:"),
    ("'#D'\t'a'\t'when'\t50\t1.5\t0.4", r"outside \[0, 1\]", ":11: salience:"),
    ("'#D'\t'a'\t'when'\t50\t0.5\t0.9", "different powers", ":11: power:"),
    ("'#D'\t'a'\t'size'\t3\t0.5\t0.4", r"twice \(first on line 8\)", ":11: actor:"),
    ("'#D'\t'a'\t'when'\tmany\t0.5\t0.4", "not a number", ":11: position:"),
    ("'#X'\t'a'", "unknown record", ":11: record:"),
    ("'#D'\t'a'\t'when'\t50", "needs 5 fields", ":11: #D:"),
])
def test_bad_records_are_located(line, bad, where):
    with pytest.raises(AccordInputError, match=bad) as err:
        parse_decide(GOOD + line + "\n", file="in.txt")
    assert where in str(err.value)


def test_file_dispatch_and_cli(tmp_path):
    f = tmp_path / "talks.txt"
    f.write_text(GOOD)
    assert load_stakeholders(f).names == ("Actor A", "Actor B")
    assert read_decide(f).issue_keys == ("size", "when")
    app = typer.Typer()
    app.command("forecast")(forecast)
    app.command("other")(lambda: None)  # two commands: the first argument names one
    res = CliRunner().invoke(app, ["forecast", str(f), "--model", "exchange", "--json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["model"] == "exchange"
    bad = tmp_path / "bad.csv"
    bad.write_text(GOOD.replace("0.4\n", "4\n", 1))
    res = CliRunner().invoke(app, ["forecast", str(bad)])
    assert res.exit_code == 2 and "bad.csv:8: power:" in res.output
