"""Naming agents on the command line: built-in names, import paths, typed parameters.

A spec is ``name`` or ``package.module:ClassName``, optionally followed by keyword
parameters in parentheses: ``boulware(e=0.1)``, ``mypkg.agents:Greedy(margin=0.05)``.
Built-in names match without regard to case, hyphens or underscores (``Tit-For-Tat`` is
``tit_for_tat``): people type them from papers and from memory. Parameters are checked
against the annotations of the class's ``__init__`` (with pydantic) and the agent is built
once, so that ``e=abc`` or ``e=-1`` fails before any negotiation starts. Specs are plain
strings: they travel to worker processes and are resolved there; :attr:`AgentSpec.text` is
the canonical form (registered name, parameters as parsed).
"""

from __future__ import annotations

import difflib
import importlib
import inspect
import re
import typing
from dataclasses import dataclass
from typing import Any

from pydantic import TypeAdapter, ValidationError

from ...errors import AccordInputError
from .anac import ANAC_AGENTS
from .frequency import FrequencyAgent
from .hardliner import HardLiner
from .mediators import AnnealingMediator, HillClimbMediator
from .random_agent import RandomAgent
from .timebased import Boulware, Conceder, Linear, TimeBased
from .titfortat import RelativeTitForTat
from .voters import Annealer, HillClimber

__all__ = [
    "AGENTS",
    "MEDIATORS",
    "AgentSpec",
    "BuiltinEntry",
    "builtins",
    "format_spec",
    "parse_spec",
    "split_specs",
]

AGENTS: dict[str, type] = {
    "boulware": Boulware,
    "linear": Linear,
    "conceder": Conceder,
    "timebased": TimeBased,
    "hardliner": HardLiner,
    "tit_for_tat": RelativeTitForTat,
    "random": RandomAgent,
    "frequency": FrequencyAgent,
    "hillclimber": HillClimber,
    "annealer": Annealer,
    **ANAC_AGENTS,
}
"""Built-in negotiating agents by name (the ANAC agents among them, see
:mod:`accord.negotiation.agents.anac`)."""

MEDIATORS: dict[str, type] = {
    "hill_climb": HillClimbMediator,
    "annealing": AnnealingMediator,
}
"""Built-in single-text mediators by name."""

@dataclass(frozen=True)
class BuiltinEntry:
    """One built-in agent or mediator as a user picks it: its name, what it does, and the
    parameters ``NAME(k=v,...)`` accepts with their defaults."""

    name: str
    kind: str  # "agent" or "mediator"
    summary: str
    parameters: tuple[tuple[str, Any], ...]  # optional ones, with their defaults
    required: tuple[str, ...] = ()


def builtins() -> list[BuiltinEntry]:
    """Every built-in agent, then every mediator, in registry order: the list ``accord
    agents`` prints, read from the registry so that it never goes stale.

    >>> [e.name for e in builtins()][:3]
    ['boulware', 'linear', 'conceder']
    >>> next(e for e in builtins() if e.name == "timebased").parameters[0]
    ('e', 1.0)
    """
    return [
        BuiltinEntry(name, kind, _summary(cls), *_parameters(cls))
        for kind, table in (("agent", AGENTS), ("mediator", MEDIATORS))
        for name, cls in table.items()
    ]


def _summary(cls: type) -> str:
    """The docstring's first sentence, on one line."""
    paragraph = " ".join(inspect.getdoc(cls).split("\n\n")[0].split()) if cls.__doc__ else ""
    sentence, dot, _ = paragraph.partition(". ")
    return sentence + dot.strip() if dot else paragraph


def _parameters(cls: type) -> tuple[tuple[tuple[str, Any], ...], tuple[str, ...]]:
    """The constructor's optional parameters with their defaults, and its required ones."""
    params = [
        p
        for p in inspect.signature(cls).parameters.values()
        if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)
    ]
    empty = inspect.Parameter.empty
    optional = tuple((p.name, p.default) for p in params if p.default is not empty)
    return optional, tuple(p.name for p in params if p.default is empty)


_SPEC = re.compile(r"^\s*([A-Za-z_][\w.-]*(?::[A-Za-z_]\w*)?)\s*(?:\((.*)\))?\s*$", re.S)


@dataclass(frozen=True)
class AgentSpec:
    """A resolved agent spec: its class and validated keyword parameters."""

    text: str
    cls: type
    params: tuple[tuple[str, Any], ...] = ()

    @property
    def name(self) -> str:
        return self.text

    def build(self) -> Any:
        """A fresh agent (agents keep per-negotiation state: one per negotiation)."""
        return self.cls(**dict(self.params))


def split_specs(text: str) -> list[str]:
    """Split ``a,b(x=1,y=2),c`` at top-level commas."""
    parts, depth, current = [], 0, []
    for ch in text:
        if ch == "," and depth == 0:
            parts.append("".join(current).strip())
            current = []
            continue
        depth += (ch == "(") - (ch == ")")
        current.append(ch)
    parts.append("".join(current).strip())
    return [p for p in parts if p]


def format_spec(target: str, params: dict[str, Any] | None = None) -> str:
    """The spec text for ``target`` with scalar ``params``: ``boulware(e=0.2)``.

    >>> format_spec("boulware", {"e": 0.2, "k": 0})
    'boulware(e=0.2,k=0)'
    """
    if not params:
        return target
    return f"{target}({','.join(f'{k}={_scalar_text(v)}' for k, v in params.items())})"


def parse_spec(text: str, kind: str = "agent") -> AgentSpec:
    """Resolve a spec to a class with checked parameters; AccordInputError otherwise.

    >>> parse_spec("Tit-For-Tat").text, parse_spec("boulware( e = 0.10 )").text
    ('tit_for_tat', 'boulware(e=0.1)')
    """
    match = _SPEC.match(text)
    if not match:
        raise AccordInputError(f"{kind} spec {text!r} is not NAME, NAME(k=v,...) or pkg.mod:Class")
    target, args = match.group(1), match.group(2)
    target, cls = _resolve(target, kind)
    params = _parse_params(args or "", text)
    spec = AgentSpec(
        format_spec(target, params), cls, tuple(_check_params(cls, params, text).items())
    )
    try:
        spec.build()
    except Exception as err:  # the class's own checks (e <= 0, ...), user code included
        raise AccordInputError(f"{text.strip()!r}: {err}") from None
    return spec


def _canonical(name: str) -> str:
    return name.replace("-", "").replace("_", "").lower()


def _resolve(target: str, kind: str) -> tuple[str, type]:
    """The canonical target and its class."""
    table = MEDIATORS if kind == "mediator" else AGENTS
    if ":" not in target:
        by_key = {_canonical(name): name for name in table}
        name = by_key.get(_canonical(target))
        if name is not None:
            return name, table[name]
        close = difflib.get_close_matches(_canonical(target), by_key, n=1)
        hint = f"did you mean {by_key[close[0]]!r}? " if close else ""
        names = ", ".join(sorted(table))
        raise AccordInputError(
            f"unknown {kind} {target!r}; {hint}built-in {kind}s: {names}; "
            "or give package.module:Class"
        )
    module_name, class_name = target.split(":", 1)
    try:
        module = importlib.import_module(module_name)
    except Exception as err:  # any import-time failure of user code
        message = f"cannot import {module_name!r}: {type(err).__name__}: {err}"
        raise AccordInputError(message) from None
    cls = getattr(module, class_name, None)
    if not inspect.isclass(cls):
        raise AccordInputError(f"{module_name!r} has no class {class_name!r}")
    return target, cls


def _parse_params(args: str, text: str) -> dict[str, Any]:
    params: dict[str, Any] = {}
    for item in split_specs(args):
        key, sep, value = item.partition("=")
        if not sep or not key.strip().isidentifier():
            raise AccordInputError(f"{text!r}: parameter {item!r} is not key=value")
        if key.strip() in params:
            raise AccordInputError(f"{text!r}: parameter {key.strip()!r} is given twice")
        params[key.strip()] = _literal(value.strip())
    return params


def _scalar_text(value: Any) -> str:
    """How :func:`_literal` reads ``value`` back."""
    if value is None or isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int | float):
        return repr(value)
    text = str(value)
    if _literal(text) == text and not set(text) & set(",()'\"= "):
        return text
    return f"'{text}'" if "'" not in text else f'"{text}"'


def _literal(value: str) -> Any:
    lowered = value.lower()
    if lowered in ("true", "false"):
        return lowered == "true"
    if lowered in ("none", "null"):
        return None
    for convert in (int, float):
        try:
            return convert(value)
        except ValueError:
            pass
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


def _check_params(cls: type, params: dict[str, Any], text: str) -> dict[str, Any]:
    if not params:
        return params
    signature = inspect.signature(cls.__init__)
    accepted = {
        n: p
        for n, p in signature.parameters.items()
        if n != "self" and p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)
    }
    try:
        hints = typing.get_type_hints(cls.__init__)
    except Exception:
        hints = {}
    checked = {}
    for key, value in params.items():
        if key not in accepted:
            names = ", ".join(accepted) or "none"
            raise AccordInputError(f"{text!r}: unknown parameter {key!r} (accepted: {names})")
        hint = hints.get(key)
        try:
            checked[key] = value if hint is None else TypeAdapter(hint).validate_python(value)
        except ValidationError as err:
            problem = err.errors()[0]["msg"]
            raise AccordInputError(f"{text!r}: parameter {key}={value!r}: {problem}") from None
    return checked
