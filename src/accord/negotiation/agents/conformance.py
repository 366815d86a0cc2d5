"""``check_agent``: does a (plug-in) agent class play by the rules?

It builds the agent, plays it against built-in opponents in both roles on two small
synthetic domains, in alternating offers and in single-text mediation, twice with the same
seed, and reports every problem found: failing to construct, raising, returning invalid
offers or answers, going over time, or not being reproducible.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ...model.generate import random_scenario, split_the_pie
from ...model.problem import compile_problem

__all__ = ["ConformanceReport", "check_agent"]


@dataclass
class ConformanceReport:
    """What ``check_agent`` found; ``ok`` when nothing."""

    agent: str
    negotiations: int = 0
    agreements: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_agent(
    agent_cls: type, params: dict[str, Any] | None = None, rounds: int = 40, time_limit: float = 5.0
) -> ConformanceReport:
    """Play ``agent_cls(**params)`` in a few short negotiations and report problems."""
    from ..run import negotiate

    params = dict(params or {})
    report = ConformanceReport(getattr(agent_cls, "__name__", str(agent_cls)))
    try:
        agent_cls(**params)
    except Exception as err:
        report.problems.append(f"cannot construct with {params}: {type(err).__name__}: {err}")
        return report
    for method in ("propose", "respond"):
        if not callable(getattr(agent_cls, method, None)):
            report.problems.append(f"has no method {method}(state, ...)")
    if report.problems:
        return report
    domains = [
        compile_problem(split_the_pie(20)),
        compile_problem(random_scenario((3, 4, 2), seed=7)),
    ]
    for problem in domains:
        for role in (0, 1):
            for mediator in (None, "hill_climb"):
                runs = []
                for _ in range(2):
                    agents: list[Any] = ["linear", "linear"]
                    agents[role] = agent_cls(**params)
                    runs.append(
                        negotiate(
                            problem,
                            agents,
                            mediator=mediator,
                            rounds=rounds,
                            seed=11,
                            time_limit=time_limit,
                        )
                    )
                first, second = runs
                where = f"{problem.scenario.name}, role {role}, {first.protocol}"
                report.negotiations += 2
                report.agreements += sum(r.result.agreed for r in runs)
                if first.result.error:
                    culprit = first.result.error_party
                    report.problems.append(f"{where}: {culprit}: {first.result.error}")
                elif _signature(first) != _signature(second):
                    report.problems.append(f"{where}: same seed, different trace")
    return report


def _signature(negotiation) -> tuple:
    t = negotiation.trace
    return (tuple(t.round), tuple(t.actor), tuple(t.action), tuple(t.outcome))
