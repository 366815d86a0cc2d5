"""A package's exports, imported on first use (PEP 562).

Each command of ``accord`` imports only what it runs: ``accord validate`` needs the model
and the readers, not the agents, the protocols or the analysis. A package ``__init__`` that
imports every submodule would load them all, so ours import their exports only under
``TYPE_CHECKING`` (what type checkers, readers and the layering test see) and let
:func:`attach` import each one when it is first asked for, from the module that import
names. This is Scientific Python's SPEC 1 (lazy loading of submodules and functions),
with the ``TYPE_CHECKING`` block in place of its type stub.

References
----------
Scientific Python, "SPEC 1 — Lazy Loading of Submodules and Functions", 2022.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Callable
from functools import cache
from importlib import import_module
from pathlib import Path
from typing import Any

__all__ = ["attach"]


def attach(
    package: str, names: list[str]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for ``package``, whose ``__all__`` is ``names``, each
    imported under ``if TYPE_CHECKING:`` in its ``__init__.py``.

    A name is imported when first asked for, then kept on the package.

    >>> import accord.io
    >>> accord.io.read_genius.__module__
    'accord.io.genius'
    """

    def __getattr__(name: str) -> Any:
        if name not in names:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(_sources(package)[name], package), name)
        setattr(sys.modules[package], name, value)
        return value

    def __dir__() -> list[str]:
        return sorted({*vars(sys.modules[package]), *names})

    return __getattr__, __dir__


@cache
def _sources(package: str) -> dict[str, str]:
    """Each name ``package`` imports under ``if TYPE_CHECKING:``, and the module (relative,
    ``".detect"``) it comes from; read once, when the first lazy name is asked for.

    A name that is also a submodule's (``analyze`` in ``analysis/analyze.py``) is refused:
    importing the submodule would set the package's attribute to the module, hiding it.
    """
    init = Path(sys.modules[package].__file__)
    sources = {
        alias.asname or alias.name: "." * node.level + (node.module or "")
        for block in ast.parse(init.read_text(encoding="utf-8")).body
        if isinstance(block, ast.If) and ast.unparse(block.test) == "TYPE_CHECKING"
        for node in block.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }
    submodules = {path.stem for path in init.parent.iterdir()}
    if clash := sorted(submodules & sources.keys()):
        raise ImportError(f"{package}: exports named as a submodule: {', '.join(clash)}")
    return sources
