"""Every command's ``--help`` shows its help strings whole: typer reads rich markup, so an
unescaped ``[a-z]`` in a help string (a regular expression, say) would vanish from it."""

from __future__ import annotations

import re

import pytest
import typer.main
from typer.testing import CliRunner

from accord.cli.main import app

COMMANDS = typer.main.get_command(app).commands
HELP = [(name, p.help) for name, cmd in sorted(COMMANDS.items()) for p in cmd.params
        if getattr(p, "help", None)]


def _help(command: str) -> str:
    """``accord COMMAND --help`` on a terminal wide enough that nothing wraps, one line
    per option, without box drawing or runs of spaces."""
    res = CliRunner().invoke(app, [command, "--help"], env={"COLUMNS": "1000"})
    assert res.exit_code == 0, res.output
    return re.sub(r"\s+", " ", re.sub(r"[\u2500-\u257f]", " ", res.output))


@pytest.mark.parametrize(("command", "text"), HELP)
def test_help_strings_survive_rich_markup(command, text):
    shown = text.replace("\\[", "[")  # what rich prints for an escaped bracket
    assert re.sub(r"\s+", " ", shown) in _help(command)


def test_every_command_has_help_strings_checked():
    assert {c for c, _ in HELP} >= {"analyze", "backtest", "forecast", "simulate"}


def test_backtest_help_shows_the_deu_pattern_as_written():
    assert "(DEU: '([a-z]\\d+)i\\d+')." in _help("backtest")
