"""Packages whose exports load on first use (accord.lazy): every name in ``__all__``
resolves to what its ``TYPE_CHECKING`` import names, and a name that is also a submodule's
is refused."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

from accord.lazy import _sources

SRC = Path(__file__).resolve().parents[1] / "src" / "accord"

LAZY = ("accord", "accord.io", "accord.model", "accord.negotiation", "accord.negotiation.agents")


@pytest.mark.parametrize("package", LAZY)
def test_every_export_resolves_from_its_module(package):
    module = importlib.import_module(package)
    sources = _sources(package)
    assert set(module.__all__) == set(sources)
    for name in module.__all__:
        source = importlib.import_module(sources[name], package)
        assert getattr(module, name) is getattr(source, name)
        assert name in dir(module)
    with pytest.raises(AttributeError, match="no_such_name"):
        module.no_such_name  # noqa: B018


def test_an_export_named_as_a_submodule_is_refused(tmp_path, monkeypatch):
    package = tmp_path / "clashing"
    package.mkdir()
    (package / "__init__.py").write_text(
        "from typing import TYPE_CHECKING\n"
        "from accord.lazy import attach\n"
        "__all__ = ['analyze']\n"
        "__getattr__, __dir__ = attach(__name__, __all__)\n"
        "if TYPE_CHECKING:\n"
        "    from .analyze import analyze\n")
    (package / "analyze.py").write_text("def analyze():\n    pass\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    clashing = importlib.import_module("clashing")
    try:
        with pytest.raises(ImportError, match="exports named as a submodule: analyze"):
            clashing.analyze  # noqa: B018
    finally:
        sys.modules.pop("clashing", None)


def test_every_lazy_package_uses_the_one_loader():
    """A package that loads names on first use does it through accord.lazy, not a loader of
    its own (accord/__init__.py had one beside it)."""
    packages = sorted(".".join(("accord", *p.parent.relative_to(SRC).parts))
                      for p in SRC.rglob("__init__.py"))
    lazy = [name for name in packages if hasattr(importlib.import_module(name), "__getattr__")]
    assert "accord" in lazy and set(LAZY) <= set(lazy)
    for name in lazy:
        assert importlib.import_module(name).__getattr__.__module__ == "accord.lazy", name
