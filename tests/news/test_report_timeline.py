"""The briefing's news timeline from articles (``accord report --news``)."""

from __future__ import annotations

from pathlib import Path

from accord.news import read_documents
from accord.report.briefing import build_briefing
from accord.report.html import render_report

FLAGSHIP = Path(__file__).resolve().parents[2] / "scenarios" / "gaza-ceasefire-2024-05.yaml"


def test_articles_become_the_reports_timeline(nlp, seed_path):
    briefing = build_briefing(FLAGSHIP, news=list(read_documents(seed_path)))
    assert len(briefing.timeline) == 1
    entry = briefing.timeline[0]
    assert entry.document == str(seed_path) and entry.status == "suspended"
    html = render_report(briefing)
    assert 'id="chart-news"' in html and "suspended" in html
    assert "1 article" in html  # the colophon counts them
