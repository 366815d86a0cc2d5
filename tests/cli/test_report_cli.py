"""``accord report`` as a user runs it: the file it writes, and bad input in one line."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ACCORD = [sys.executable, "-c", "from accord.cli.main import main; main()"]


def run(*args, env=None, cwd=None):
    return subprocess.run([*ACCORD, *map(str, args)], capture_output=True, text=True, env=env,
                          cwd=cwd)


def _one_line_error(proc, *fragments):
    assert proc.returncode == 2, (proc.stdout, proc.stderr)
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr
    for fragment in fragments:
        assert fragment in lines[0], lines[0]


def test_report_writes_one_html_file(flagship_path, tmp_path):
    out = tmp_path / "gaza.html"
    proc = run("report", flagship_path, "--out", out, "--simulate", "boulware,conceder",
               "--rounds", "40")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(f"wrote {out} (")
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and html.rstrip().endswith("</html>")
    assert "Government of Israel: boulware; Hamas: conceder" in html
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gaza.html"]


def test_bad_input_is_one_located_line_and_writes_nothing(flagship_path, tmp_path):
    out = tmp_path / "report.html"
    out.write_text("old", encoding="utf-8")
    _one_line_error(run("report", tmp_path / "missing.yaml", "--out", out), "missing.yaml",
                    "no such file")
    _one_line_error(run("report", flagship_path, "--out", tmp_path / "report.txt"),
                    "report.txt", "--out", ".htm")
    _one_line_error(run("report", flagship_path, "--out", tmp_path / "nowhere" / "r.html"),
                    "nowhere", "no such folder")
    _one_line_error(run("report", flagship_path, "--out", out, "--simulate", "nosuchagent"),
                    "nosuchagent")
    _one_line_error(run("report", flagship_path, "--out", out, "--pair", "israel,nobody"),
                    "nobody", "not a negotiating party")
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: x\nissues: {a: {type: ordinal, values: [p, q]}}\nparties:\n"
                   "  u: {reservation_value: 2}\n", encoding="utf-8")
    _one_line_error(run("report", bad, "--out", out), "bad.yaml:4", "reservation_value")
    labour = Path(__file__).resolve().parents[2] / "examples" / "labour-dispute.yaml"
    _one_line_error(run("report", labour, "--out", out, "--forecast"), "labour-dispute.yaml",
                    "forecasting needs")
    assert out.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.yaml", "report.html"]


def test_pdf_without_an_engine_exits_2_and_names_one(flagship_path, tmp_path):
    empty = tmp_path / "bin"
    empty.mkdir()
    env = {**os.environ, "PATH": str(empty)}
    out = tmp_path / "r.html"
    _one_line_error(run("report", flagship_path, "--out", out, "--pdf", env=env),
                    "--pdf", "apt-get install chromium")
    assert not out.exists()


def test_pdf_with_chromium(flagship_path, tmp_path):
    if not any(shutil.which(b) for b in ("chromium", "chromium-browser", "google-chrome")):
        pytest.skip("no Chromium on PATH (apt-get install chromium) to print a PDF with")
    out = tmp_path / "r.html"
    proc = run("report", Path(flagship_path), "--out", out, "--pdf")
    assert proc.returncode == 0, proc.stderr
    pdf = out.with_suffix(".pdf")
    assert pdf.read_bytes()[:5] == b"%PDF-" and pdf.stat().st_size > 50_000
    assert f"wrote {pdf}" in proc.stdout
