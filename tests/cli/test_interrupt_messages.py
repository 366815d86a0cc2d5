"""Ctrl-C anywhere ends with ``accord: interrupted`` and status 130, never silently and never
with a traceback: while the command line loads, and inside a command that keeps no partial
work (those that do print their own message: tests/cli/test_long_commands.py)."""

from __future__ import annotations

import importlib.abc
import sys

import pytest

import accord.io
from accord.cli import launch
from accord.cli.main import main

ROOT_FLAGSHIP = "scenarios/gaza-ceasefire-2024-05.yaml"


def test_ctrl_c_inside_a_command_is_reported(monkeypatch, capsys, request):
    def stop(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(accord.io, "read_with_warnings", stop)
    monkeypatch.setattr(sys, "argv", ["accord", "analyze",
                                      str(request.config.rootpath / ROOT_FLAGSHIP)])
    with pytest.raises(SystemExit) as exit_:
        main()
    assert exit_.value.code == 130
    assert capsys.readouterr().err == "accord: interrupted\n"


class _StopLoading(importlib.abc.MetaPathFinder):
    """Ctrl-C arriving while ``accord.cli.main`` is imported."""

    def find_spec(self, name, path, target=None):
        if name == "accord.cli.main":
            raise KeyboardInterrupt
        return None


def test_ctrl_c_while_the_command_line_loads_is_reported(monkeypatch, capsys):
    monkeypatch.delitem(sys.modules, "accord.cli.main")
    monkeypatch.setattr(sys, "meta_path", [_StopLoading(), *sys.meta_path])
    with pytest.raises(SystemExit) as exit_:
        launch.main()
    assert exit_.value.code == 130
    assert capsys.readouterr().err == "accord: interrupted\n"


def test_the_console_script_is_the_launcher(request):
    text = (request.config.rootpath / "pyproject.toml").read_text()
    assert 'accord = "accord.cli.launch:main"' in text
