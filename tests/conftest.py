"""Shared fixtures: the repository root, the flagship scenario, and peers' data."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FLAGSHIP = ROOT / "scenarios" / "gaza-ceasefire-2024-05.yaml"


@pytest.fixture
def flagship_path() -> Path:
    return FLAGSHIP


@pytest.fixture
def genius_root() -> Path:
    path = SHARED / "data" / "genius"
    if not path.is_dir():
        pytest.skip(f"peers' GENIUS data not found at {path} (../shared beside the repo root)")
    return path


def _hypothesis_profiles() -> None:
    """CI replays the same examples every run; developers get fresh ones."""
    import os

    from hypothesis import settings

    settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
    if os.environ.get("CI"):
        settings.load_profile("ci")


_hypothesis_profiles()
