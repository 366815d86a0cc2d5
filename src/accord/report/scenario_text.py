"""What a scenario holds, in a few lines: ``accord validate``'s report."""

from __future__ import annotations

from ..model import Party, Scenario
from ..negotiation.lineup import agent_spec

__all__ = ["scenario_summary"]


def scenario_summary(scenario: Scenario) -> list[str]:
    """Name, issues (with their number of options), outcomes and parties (role, utility
    kind and the agent it names)."""
    issues = ", ".join(f"{name} ({issue.n_options})" for name, issue in scenario.issues.items())
    parties = ", ".join(
        f"{key} ({p.role}, {p.utility_kind}{_agent(p)})" for key, p in scenario.parties.items()
    )
    return [
        f"scenario: {scenario.name}",
        f"issues: {len(scenario.issues)}: {issues}",
        f"outcomes: {scenario.space.size:,}",
        f"parties: {len(scenario.parties)}: {parties}",
    ]


def _agent(party: Party) -> str:
    return "" if party.agent is None else f", agent {agent_spec(party.agent)}"
