"""The layers of src/accord, read from the imports: lower layers never import higher ones.

    model  <  io  <  analysis, forecast, news  <  negotiation  <  report  <  accord (API)
          <  web  <  cli

``analysis`` and ``forecast`` compute from the model alone (they never import ``io``);
``news`` reads text and proposes scenario changes, written back through ``io``. Top-level
modules (``accord/errors.py`` and the like) are the base every layer may use. ``web/`` (the
dashboard) is a shell like ``cli/``, which starts it. Only ``report/``, ``web/`` and ``cli/``
draw or talk to a terminal (rich, matplotlib, plotly, jinja2, typer).

Every import counts, also one inside a function or under ``TYPE_CHECKING``: a lazy import
is still a dependency. A package that has no layer yet fails the test until it is given one.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "accord"

#: Each layer and what it may import besides itself, lowest first.
LAYERS: dict[str, frozenset[str]] = {
    "base": frozenset(),
    "model": frozenset({"base"}),
    "io": frozenset({"base", "model"}),
    "analysis": frozenset({"base", "model"}),
    "forecast": frozenset({"base", "model"}),
    "news": frozenset({"base", "model", "io"}),
    "negotiation": frozenset({"base", "model", "io", "analysis", "forecast"}),
    "report": frozenset({"base", "model", "io", "analysis", "forecast", "news", "negotiation"}),
    "api": frozenset(
        {"base", "model", "io", "analysis", "forecast", "news", "negotiation", "report"}
    ),
    "web": frozenset(
        {"base", "model", "io", "analysis", "forecast", "news", "negotiation", "report", "api"}
    ),
    "cli": frozenset(
        {"base", "model", "io", "analysis", "forecast", "news", "negotiation", "report", "api",
         "web"}
    ),
}

#: Terminal, plotting and templating libraries, for ``report/``, ``web/`` and ``cli/`` only.
PRESENTATION = frozenset({"rich", "matplotlib", "plotly", "jinja2", "typer", "click"})
PRESENTING = frozenset({"report", "web", "cli"})


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path, root: Path) -> Iterator[tuple[int, str]]:
    """``(line, absolute module)`` for every import in one file, relative ones resolved."""
    name = _module_name(path, root)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            if module == root.name:  # ``from accord import errors`` names a submodule
                for alias in node.names:
                    sub = root / alias.name
                    is_module = sub.is_dir() or sub.with_suffix(".py").is_file()
                    yield node.lineno, f"{module}.{alias.name}" if is_module else module
            else:
                yield node.lineno, module


def _layer(module: str, root: Path) -> str | None:
    """The layer of an ``accord`` module; ``None`` for a package without one."""
    parts = module.split(".")
    if len(parts) == 1:
        return "api"
    if (root / parts[1]).is_dir():
        return parts[1] if parts[1] in LAYERS else None
    return "base"  # a top-level module such as accord/errors.py


def _sources(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def violations(root: Path = SRC) -> list[str]:
    """Every import that goes up or sideways, and every core use of rich/matplotlib/typer."""
    found = []
    for path in _sources(root):
        own = _layer(_module_name(path, root), root)
        where = path.relative_to(root.parent)
        if own is None:
            found.append(f"{where}: package has no layer (give it one in LAYERS, {__name__})")
            continue
        for line, module in _imports(path, root):
            top = module.partition(".")[0]
            if top == root.name:
                theirs = _layer(module, root)
                if theirs != own and theirs not in LAYERS[own]:
                    allowed = ", ".join(sorted(LAYERS[own])) or "nothing from accord"
                    found.append(f"{where}:{line}: {own} imports {module} ({theirs}); "
                                 f"{own} may import {allowed}")
            elif top in PRESENTATION and own not in PRESENTING:
                found.append(f"{where}:{line}: {own} imports {module}; only report, web and cli "
                             "may draw or print")
    return found


def test_lower_layers_never_import_higher_ones():
    assert violations() == []


def test_layers_are_ordered():
    """Each layer may import only layers listed before it: no cycle can hide in the table."""
    seen: set[str] = set()
    for layer, allowed in LAYERS.items():
        assert allowed <= seen, f"{layer} may import a layer above it: {sorted(allowed - seen)}"
        seen.add(layer)


def test_every_module_is_read():
    sources = _sources(SRC)
    assert len(sources) > 50
    packages = {p.relative_to(SRC).parts[0] for p in sources if len(p.relative_to(SRC).parts) > 1}
    assert {"model", "io", "analysis", "forecast", "negotiation", "report", "web",
            "cli"} <= packages


def _tree(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "accord"
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def test_checker_finds_upward_sideways_and_presentation_imports(tmp_path):
    root = _tree(tmp_path, {
        "__init__.py": "from .analysis import analyze\n",
        "errors.py": "",
        "model/__init__.py": "from ..errors import X\n",
        "model/scenario.py": "def f():\n    from ..analysis.pareto import front\n",
        "io/__init__.py": "",
        "io/ktab.py": "from accord.forecast.smp import SMPOptions\nfrom accord.model import S\n",
        "analysis/__init__.py": "import rich\n",
        "analysis/pareto.py": "from accord import io\nfrom accord import errors, analyze\n",
        "forecast/__init__.py": "",
        "report/text.py": "from rich.table import Table\nfrom ..negotiation import run\n",
        "gui/app.py": "",
    })
    found = violations(root)
    expected = [
        "accord/analysis/__init__.py:1: analysis imports rich",
        "accord/analysis/pareto.py:1: analysis imports accord.io (io)",
        "accord/analysis/pareto.py:2: analysis imports accord (api)",
        "accord/gui/app.py: package has no layer",
        "accord/io/ktab.py:1: io imports accord.forecast.smp (forecast)",
        "accord/model/scenario.py:2: model imports accord.analysis.pareto (analysis)",
    ]
    assert len(found) == len(expected)
    for line, start in zip(found, expected):
        assert line.startswith(start), (line, start)
