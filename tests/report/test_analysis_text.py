"""The text reports print the scenario's own words as written: names are data, not rich
markup (``[a-z]`` or ``[bold]`` in a name used to vanish from the tables and styled the
rest of the cell, while the diagnosis lines showed them)."""

from __future__ import annotations

from pathlib import Path

import yaml
from typer.testing import CliRunner

from accord.cli.main import app

ROOT = Path(__file__).resolve().parents[2]

AID, GOV, OPTION = "aid [trucks/day]", "gov [a-z]", "[b]"
SELLER, BUYER = "Vendeur [bold]x[/bold]", "EU [i]member[/i]"


def test_names_that_look_like_markup_are_printed_as_written(tmp_path):
    data = {
        "name": "markup [red]",
        "uncertainty": {"reservation_value": "±0.1"},
        "issues": {
            AID: {"type": "ordinal", "values": ["low", "mid", "high", "none"]},
            GOV: {"type": "categorical", "values": [OPTION, "c"]},
        },
        "parties": {
            "seller": {"name": SELLER, "reservation_value": 0.7,
                       "weights": {AID: 0.6, GOV: 0.4},
                       "values": {AID: {"low": 1, "mid": 0.5, "high": 0, "none": 0},
                                  GOV: {OPTION: 1, "c": 0}}},
            "buyer": {"name": BUYER, "reservation_value": 0.7,
                      "weights": {AID: 0.6, GOV: 0.4},
                      "values": {AID: {"low": 0, "mid": 0.5, "high": 1, "none": 0},
                                 GOV: {OPTION: 0, "c": 1}}},
        },
    }
    path = tmp_path / "deal.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))
    result = CliRunner().invoke(app, [
        "analyze", str(path), "--robust", "--draws", "50",
        "--agreement", f"{AID}=none,{GOV}=c",
    ])
    assert result.exit_code == 0, result.output
    out = result.output
    lines = [line.rstrip() for line in out.splitlines()]
    assert lines[0] == "markup [red]"
    start = lines.index("Parties") + 4
    assert [row.split("│")[1].strip() for row in lines[start:start + 2]] == [SELLER, BUYER]
    header = next(line for line in lines if "wants" in line)  # what blocks a deal
    assert f"{SELLER} wants" in header and f"{BUYER} wants" in header
    blocks = [line.split("│")[1:4] for line in lines if line.startswith(f"│ {GOV} ")]
    assert [cell.strip() for cell in blocks[0]] == [GOV, OPTION, "c"]
    assert f"{SELLER} 5%-50%-95%" in out  # the robust tables
    assert f"{SELLER}'s walk-away value" in out and f"{BUYER} concedes" in out
    assert f"{SELLER} gain" in out and f"│ {AID}=high" in out  # post-settlement


def test_post_settlement_says_how_many_improvements_it_shows():
    """20 improvements were announced and 10 listed, without a word about the other 10."""
    result = CliRunner().invoke(app, [
        "analyze", str(ROOT / "examples" / "labour-dispute.yaml"),
        "--agreement", "wage_increase=2.5,annual_leave=30,health_cover=60",
    ])
    assert result.exit_code == 0, result.output
    assert ("- 20 efficient packages improve on the agreement (Union 0.410, Employer 0.560) "
            "for every party; the 10 with the largest product of gains:") in " ".join(
                result.output.split())
    rows = [line for line in result.output.splitlines() if line.startswith("│     +")]
    assert len(rows) == 10


def test_counts_of_one_are_singular(tmp_path):
    """'1 issues, 3 packages; ... ZOPA: 1 packages' on a one-issue scenario."""
    path = tmp_path / "one.yaml"
    path.write_text(yaml.safe_dump({
        "name": "one",
        "issues": {"price": {"type": "ordinal", "values": ["low", "mid", "high"]}},
        "parties": {
            "buyer": {"reservation_value": 0.5, "weights": {"price": 1},
                      "values": {"price": {"low": 1, "mid": 0.5, "high": 0}}},
            "seller": {"reservation_value": 0.5, "weights": {"price": 1},
                       "values": {"price": {"low": 0, "mid": 0.5, "high": 1}}},
        },
    }))
    result = CliRunner().invoke(app, ["analyze", str(path)])
    assert result.output.splitlines()[1] == (
        "1 issue, 3 packages; Pareto frontier: 3 points (exact); ZOPA: 1 package; "
        "opposition 0.707")
    result = CliRunner().invoke(app, ["forecast", str(ROOT / "scenarios" /
                                                     "gaza-ceasefire-2024-05.yaml")])
    assert "choice (default model): 1 state" in result.output
    assert "1 states" not in result.output
