"""Standard output that cannot be written (a full disk, ``> /dev/full``, a closed pipe) is
one line naming it and exit status 2 in every command, not an internal error (exit 1)."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from accord.cli.main import main

ROOT = Path(__file__).resolve().parents[2]
FLAGSHIP = ROOT / "scenarios" / "gaza-ceasefire-2024-05.yaml"


class _Full:
    """A standard output on a full disk."""

    encoding = "utf-8"

    def write(self, text):
        raise OSError(errno.ENOSPC, "No space left on device")

    def flush(self):
        pass

    def isatty(self):
        return False


@pytest.mark.parametrize("args", [["schema"], ["agents", "--json"],
                                  ["validate", str(FLAGSHIP)]])
def test_a_full_standard_output_is_said_so(monkeypatch, capsys, args):
    capsys.readouterr()
    monkeypatch.setattr(sys, "stdout", _Full())
    monkeypatch.setattr(sys, "argv", ["accord", *args])
    with pytest.raises(SystemExit) as exit_:
        main()
    assert exit_.value.code == 2
    assert capsys.readouterr().err == (
        "accord: standard output: cannot write: No space left on device\n")


def test_a_failure_of_another_file_is_no_failure_of_standard_output(monkeypatch, capsys,
                                                                    tmp_path):
    """The same OSError from another file stays what it is (here an internal error)."""
    import accord.cli.schema as schema

    def failing(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(schema.typer, "echo", failing)
    monkeypatch.setattr(sys, "argv", ["accord", "schema"])
    with pytest.raises(SystemExit) as exit_:
        main()
    assert exit_.value.code == 1
    assert "internal error: OSError" in capsys.readouterr().err


def test_dev_full_in_a_real_process():
    if not Path("/dev/full").exists():
        pytest.skip("needs /dev/full")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    for unbuffered in ("", "1"):
        with open("/dev/full", "w") as full:
            done = subprocess.run(
                [sys.executable, "-m", "accord.cli", "validate", str(FLAGSHIP)], stdout=full,
                stderr=subprocess.PIPE, text=True, timeout=120,
                env={**env, "PYTHONUNBUFFERED": unbuffered})
        assert done.returncode == 2, done.stderr
        assert done.stderr == "accord: standard output: cannot write: No space left on device\n"
