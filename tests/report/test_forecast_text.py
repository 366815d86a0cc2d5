"""``accord forecast`` prints actor, issue and option names as written, not as rich markup
(``gov [a-z]`` was printed ``gov``, and the forecast option ``[b]`` as an empty cell)."""

from __future__ import annotations

import yaml
from typer.testing import CliRunner

from accord.cli.main import app

AID, GOV, OPTION = "aid [trucks/day]", "gov [a-z]", "[b]"
SELLER, BUYER = "Vendeur [bold]x[/bold]", "EU [i]member[/i]"


def test_names_that_look_like_markup_are_printed_as_written(tmp_path):
    issues = {AID: {"type": "ordinal", "values": ["low", "mid", "high"]},
              GOV: {"type": "categorical", "values": [OPTION, "c"]}}
    parties = {
        "seller": {"name": SELLER, "capability": 60, "positions": {AID: "low", GOV: OPTION},
                   "salience": {AID: 0.5, GOV: 0.9}},
        "buyer": {"name": BUYER, "capability": 40, "positions": {AID: "high", GOV: "c"},
                  "salience": {AID: 0.5, GOV: 0.5}},
    }
    path = tmp_path / "s.yaml"
    path.write_text(yaml.safe_dump({"name": "m", "issues": issues, "parties": parties},
                                   allow_unicode=True, sort_keys=False))
    result = CliRunner().invoke(app, ["forecast", str(path), "--runs", "3"])
    assert result.exit_code == 0, result.output
    rows = [[c.strip() for c in line.split("│")[1:-1]] for line in result.output.splitlines()
            if line.startswith("│")]
    firsts = [row[0] for row in rows]
    assert SELLER in firsts and BUYER in firsts  # the actors' paths
    assert AID in firsts  # the Monte Carlo quantiles
    vote = next(row for row in rows if row[0] == GOV)  # the categorical vote
    assert vote[1] == OPTION and vote[3].startswith(f"{OPTION} ")
    assert any(AID in line for line in result.output.splitlines() if line.startswith("┃"))
    assert "forecast" in firsts


def test_backtest_prints_issue_names_as_written(tmp_path):
    name = "vat [a-z]"
    rows = ["issue,actor,position,salience,capability",
            f"{name},a,0,0.5,1", f"{name},b,100,0.5,1", f"{name},__outcome__,40,,"]
    path = tmp_path / "b.csv"
    path.write_text("\n".join(rows) + "\n")
    result = CliRunner().invoke(app, ["backtest", str(path), "--folds", "0"])
    assert result.exit_code == 0, result.output
    firsts = [line.split("│")[1].strip() for line in result.output.splitlines()
              if line.startswith("│")]
    assert name in firsts and "MAE" in firsts


def test_a_one_state_forecast_shows_positions_and_whole_option_names(flagship_path):
    """The default model has one state: its table printed '33.3 -> 33.3' under 'ceasefire
    start -> end', and cut the forecast's option names short ('phased_toward_perm…')."""
    result = CliRunner().invoke(app, ["forecast", str(flagship_path), "--model", "mean"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "start -> end" not in result.output and "->" not in result.output
    assert "…" not in result.output
    units = [line for line in lines if "│" in line][-2:]  # the units row, folded
    cells = ["".join(part) for part in zip(*[[c.strip() for c in line.split("│")[1:-1]]
                                               for line in units], strict=True)]
    assert cells[0] == "in issue units"
    assert "phased_toward_permanent" in cells and "arab_international_administration" in cells


def test_the_monte_carlo_band_is_given_in_the_issues_own_terms_too(flagship_path):
    """Only the point forecast was given in option names; the quantiles were 0-100 only."""
    import json

    args = ["forecast", str(flagship_path), "--model", "mean", "--runs", "5"]
    result = CliRunner().invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    mc = json.loads(result.stdout)["monte_carlo"]
    options = {"ceasefire": ["short_pause", "six_week_truce", "phased_toward_permanent",
                             "permanent_end_upfront"]}
    assert set(mc["quantiles_in_units"]["ceasefire"]) == set(mc["quantiles"]["ceasefire"])
    band = list(mc["quantiles_in_units"]["ceasefire"].values())
    assert set(band) <= set(options["ceasefire"])
    text = CliRunner().invoke(app, args).output
    row = next(line for line in text.splitlines() if line.startswith("│ ceasefire"))
    assert f"{band[0]} / " in row  # the band's low end first (the row may wrap)
