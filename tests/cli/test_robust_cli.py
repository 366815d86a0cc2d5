"""``accord analyze --robust / --spread / --agreement / --plot`` as a user runs them."""

import json
import subprocess
import sys

ACCORD = [sys.executable, "-c", "from accord.cli.main import main; main()"]


def run(*args):
    return subprocess.run([*ACCORD, *map(str, args)], capture_output=True, text=True)


def test_robust_json_has_the_documented_structure_and_same_seed_same_bytes(flagship_path):
    args = ("analyze", flagship_path, "--robust", "--draws", "300", "--seed", "4", "--json")
    proc = run(*args)
    assert proc.returncode == 0, proc.stderr
    robust = json.loads(proc.stdout)["robust"]
    assert robust["draws"] == 300
    assert 0 <= robust["p_zopa_interval"][0] <= robust["p_zopa"] <= robust["p_zopa_interval"][1]
    package = robust["packages"][0]
    assert set(package) >= {"outcome", "p_accept_all", "utilities"}
    assert len(package["utilities"]) == 2 and all(len(u) == 3 for u in package["utilities"])
    assert all(lo <= mid <= hi for lo, mid, hi in package["utilities"])
    flip = robust["sensitivity"][0]
    assert set(flip) >= {"party", "parameter", "value", "flips_at", "effect"}
    deferral = robust["deferrals"][0]
    assert set(deferral) >= {"defer", "p_zopa", "opens_zopa", "package"}
    assert robust["concessions"] and robust["outside_changes"]
    assert run(*args).stdout == proc.stdout
    other = run("analyze", flagship_path, "--robust", "--draws", "300", "--seed", "4", "--json",
                "--jobs", "2")
    assert other.stdout == proc.stdout


def test_spread_zero_is_the_point_analysis(flagship_path):
    proc = run("analyze", flagship_path, "--robust", "--spread", "0", "--json")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    robust = doc["robust"]
    assert robust["draws"] == 0 and robust["uncertain_parameters"] == []
    assert robust["p_zopa"] == 0.0 and robust["p_zopa_interval"] == [0.0, 0.0]
    assert robust["margin"]["stated"] == -doc["diagnosis"]["shortfall"]
    assert robust["sensitivity"] == []


def test_text_report_plot_and_agreement(flagship_path, tmp_path):
    plot = tmp_path / "robust.png"
    proc = run("analyze", flagship_path, "--robust", "--draws", "200", "--plot", plot,
               "--agreement", "ceasefire=six_week_truce,hostages_phase_one=33_living,"
               "prisoners=medium_ratio,withdrawal=from_populated_areas,return_north=screened,"
               "aid_trucks_per_day=400,governance=arab_international_administration,"
               "guarantees=mediators")
    assert proc.returncode == 0, proc.stderr
    for text in ("P(a ZOPA exists)", "Most robust packages", "What the conclusion hinges on",
                 "A deal exists (everything else as stated) if", "Deferring issues",
                 "Outside changes", "Post-settlement"):
        assert text in proc.stdout, text
    assert plot.stat().st_size > 10_000


def test_bad_options_exit_2_without_traceback(flagship_path, tmp_path):
    cases = [
        (("--agreement", "ceasefire=forever"), "--agreement ceasefire: 'forever' is not"),
        (("--plot", tmp_path / "p.png"), "--plot draws the robust analysis"),
        (("--robust", "--spread", "-1"), "--spread"),
        (("--robust", "--draws", "0"), "--draws"),
    ]
    for extra, message in cases:
        proc = run("analyze", flagship_path, *extra)
        assert proc.returncode == 2, (extra, proc.stderr)
        assert message in proc.stderr and "Traceback" not in proc.stderr
