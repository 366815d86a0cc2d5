"""The HTML briefing: self-contained (no network), the library's numbers, escaped text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

import accord
from accord.io.files import write_atomic
from accord.report.briefing import ForecastSettings, build_briefing
from accord.report.html import render_report

ROOT = Path(__file__).resolve().parents[2]
FLAGSHIP = ROOT / "scenarios" / "gaza-ceasefire-2024-05.yaml"
HOSTILE = "</script><script>alert(1)</script><img src=x onerror=alert(2)>"


@pytest.fixture(scope="module")
def flagship():
    briefing = build_briefing(FLAGSHIP, robust=True, draws=300, simulate="scenario",
                              forecast=ForecastSettings(model="mean", runs=5), seed=1)
    return briefing, render_report(briefing)


def _key(html: str, key: str) -> tuple[str, str]:
    match = re.search(rf'data-key="{key}" data-value="([^"]*)">([^<]*)', html)
    assert match, key
    return match.group(1), match.group(2)


def test_the_page_needs_no_network(flagship):
    from plotly.offline import get_plotlyjs

    _, html = flagship
    assert get_plotlyjs() in html  # Plotly inlined from the Python package
    assert not re.search(r"<(script|link|img|iframe|embed|object|source)\b[^>]*\b(src|href)=",
                         html, re.I)
    assert not re.search(r"@import|@font-face|url\(\s*['\"]?https?:", html, re.I)
    assert "cdn.plot.ly" not in html.replace(get_plotlyjs(), "")
    assert html.count('class="accord-figure"') == 7  # space, 3 robust, offers, forecast, sources


def test_key_numbers_are_the_librarys(flagship):
    briefing, html = flagship
    scan, mc = briefing.analysis.scan, briefing.robust.monte_carlo
    assert _key(html, "zopa") == (repr(scan.zopa_size), f"{scan.zopa_size:,}")
    assert _key(html, "p_zopa") == (repr(mc.p_zopa), f"{mc.p_zopa:.1%}")
    assert _key(html, "pareto")[0] == repr(len(scan.frontier_index))
    assert _key(html, "simulation")[0] == repr(briefing.negotiation.result.round)
    for line in accord.diagnosis_lines(briefing.analysis):
        assert line.replace("'", "&#39;") in html


def test_the_forecast_is_also_in_the_issues_terms(flagship):
    from accord.model.stakeholders import in_issue_units

    briefing, html = flagship
    f = briefing.forecast
    for dim, value in zip(f.dimensions, f.forecast):
        option = in_issue_units(briefing.scenario, dim, value)
        assert f"{dim} {value:.0f} ({option})" in html  # the key numbers
        assert f"<strong>{option}</strong>" in html  # the forecast table


def test_every_section_is_there(flagship):
    briefing, html = flagship
    for heading in ("1. The scenario", "2. Analysis", "3. Under uncertainty",
                    "4. A simulated round", "5. Where the wider group", "6. News timeline"):
        assert heading in html
    for source in briefing.scenario.sources.values():
        assert source.outlet in html
    for event in briefing.negotiation.events:
        assert f"<td>{event.label}</td>" in html


def test_optional_sections_appear_only_on_request():
    html = render_report(build_briefing(ROOT / "examples" / "labour-dispute.yaml"))
    assert "2. Analysis" in html and "Under uncertainty" not in html
    assert "simulated round" not in html and 'id="forecast"' not in html
    assert "News timeline" not in html  # no sources, no timeline
    assert _key(html, "zopa") == ("121", "121")


def test_scenario_text_is_escaped_everywhere(tmp_path):
    doc = yaml.safe_load(FLAGSHIP.read_text(encoding="utf-8"))
    doc["name"] = HOSTILE
    doc["description"] = HOSTILE
    doc["parties"]["israel"]["name"] = HOSTILE
    doc["parties"]["hamas"]["notes"][0]["text"] = HOSTILE
    doc["sources"]["seed"]["title"] = HOSTILE
    doc["sources"]["seed"]["url"] = "javascript:alert(3)"
    doc["sources"]["reuters-0506"]["url"] = 'https://example.org/"onmouseover="alert(4)'
    doc["dynamics"][0]["label"] = HOSTILE
    path = tmp_path / "hostile.yaml"
    path.write_text(yaml.safe_dump(doc), encoding="utf-8")
    html = render_report(build_briefing(path, simulate="scenario"))
    assert html.count("<script") == 2 + 3  # Plotly, the loader, 3 charts' JSON (inert)
    assert "<img" not in html and "alert(1)</script>" not in html
    assert 'href="javascript:' not in html and '"onmouseover="' not in html
    assert "&lt;/script&gt;&lt;script&gt;alert(1)" in html  # shown as text
    for data in re.findall(r'<script type="application/json"[^>]*>(.*?)</script>', html, re.S):
        assert "<" not in data  # chart data cannot close its script


def test_write_atomic_leaves_the_old_file_on_interruption(tmp_path, monkeypatch):
    import os

    target = tmp_path / "report.html"
    target.write_text("old", encoding="utf-8")

    def interrupt(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, "new " * 1000)
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html"]


def test_every_chart_draws_in_a_browser_offline(flagship, tmp_path):
    """Headless Chromium, with the network off, draws each chart of the page."""
    import shutil
    import subprocess

    browser = next((shutil.which(b) for b in ("chromium", "chromium-browser", "google-chrome")
                    if shutil.which(b)), None)
    if browser is None:
        pytest.skip("no Chromium on PATH (apt-get install chromium) to open the page with")
    _, html = flagship
    page = tmp_path / "report.html"
    write_atomic(page, html)
    dom = subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=15000",
         f"--user-data-dir={tmp_path / 'profile'}", "--proxy-server=127.0.0.1:9",
         "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120, check=True).stdout
    charts = html.count('class="accord-figure"')
    assert dom.count('class="plot-container plotly"') == charts == 7


def test_three_parties_the_pair_shown_and_those_left_out():
    from accord.model.generate import random_scenario

    scenario = random_scenario([3, 4, 5], n_parties=3, seed=2, reservation_value=0.3)
    briefing = build_briefing(scenario, pair="p2,p0", simulate="boulware,conceder,linear",
                              rounds=30)
    html = render_report(briefing)
    assert briefing.source is None and briefing.negotiation.agents == (
        "boulware", "conceder", "linear")
    left_out = scenario.display_name("p1")
    assert f"1 other party left out: {left_out}" in html  # in the chart's title (JSON)
    assert _key(html, "zopa")[0] == repr(briefing.analysis.scan.zopa_size)
    assert html.count("utility of ") >= 5  # two axes and three offer panels
