"""The list ``accord agents`` prints: every built-in agent and mediator, what it does, and
the parameters ``NAME(k=v,...)`` takes."""

from __future__ import annotations

from ..negotiation.agents.registry import BuiltinEntry

__all__ = ["builtin_lines", "builtins_to_dict"]


def builtin_lines(entries: list[BuiltinEntry]) -> list[str]:
    """Agents, then mediators, one line each: name, parameters with defaults, summary."""
    lines: list[str] = []
    for kind, title in (("agent", "Agents (--agents, or agent: per party)"),
                        ("mediator", "Mediators (--mediator)")):
        rows = [(e.name + _signature(e), e.summary.replace("``", ""))
                for e in entries if e.kind == kind]
        if not rows:
            continue
        width = max(len(left) for left, _ in rows)
        lines += ["", title] if lines else [title]
        lines += [f"  {left:<{width}}  {summary}" for left, summary in rows]
    return lines


def builtins_to_dict(entries: list[BuiltinEntry]) -> list[dict]:
    """The same list as JSON-ready records."""
    return [
        {"name": e.name, "kind": e.kind, "summary": e.summary.replace("``", ""),
         "parameters": {k: v for k, v in e.parameters}, "required": list(e.required)}
        for e in entries
    ]


def _signature(entry: BuiltinEntry) -> str:
    parts = [*entry.required, *(f"{k}={v!r}" for k, v in entry.parameters)]
    return f"({', '.join(parts)})" if parts else ""
