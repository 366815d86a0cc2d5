"""Which mediator proposal, if any, turns the Cairo breakdown into an agreement?

Runs the flagship scenario's talks (walk-out, Rafah threat, bridging proposal, deadline)
under variants of the mediators' bridging proposal and of outside pressure, for every pairing
of negotiating strategies and many seeds, and prints how often each variant ends in
agreement. Run: ``.venv/bin/python examples/gaza_mediator_proposals.py [--seeds 20]``.
"""

from __future__ import annotations

import argparse
import itertools
from pathlib import Path

import accord

FLAGSHIP = Path(__file__).resolve().parents[1] / "scenarios" / "gaza-ceasefire-2024-05.yaml"
AGENTS = ("boulware", "linear", "conceder", "tit_for_tat", "frequency", "random")

US_PRESSURE = {
    "id": "us_pressure",
    "type": "reservation_change",
    "label": "US withholds heavy bombs over Rafah; walking away costs Israel more",
    "party": "israel",
    "round": 45,
    "delta": -0.08,
}


def variant(scenario, *, proposal: dict | None = None, extra: tuple = (), bridge: bool = True):
    """The scenario with another (or no) bridging proposal and/or extra events."""
    events = []
    for event in scenario.model_dump(mode="json")["dynamics"]:
        if event["type"] == "bridging_proposal":
            if not bridge:
                continue
            if proposal is not None:
                event = {**event, "outcome": {**event["outcome"], **proposal}}
        events.append(event)
    data = scenario.model_dump(mode="json")
    data["dynamics"] = [*events, *extra]
    return type(scenario).model_validate(data)


def agreement_rate(scenario, seeds: int) -> tuple[float, int]:
    problem = accord.compile_problem(scenario)
    total = agreed = 0
    for a, b in itertools.product(AGENTS, repeat=2):
        for seed in range(seeds):
            result = accord.negotiate(problem, [a, b], rounds=100, seed=seed).result
            total += 1
            agreed += result.agreed
    return agreed / total, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seeds", type=int, default=20)
    args = parser.parse_args()
    base = accord.read_scenario(FLAGSHIP)
    variants = {
        "as reported (6 May framework)": variant(base),
        "framework + US pressure on Israel": variant(base, extra=(US_PRESSURE,)),
        "US pressure, no framework": variant(base, extra=(US_PRESSURE,), bridge=False),
        "framework with Israeli security control": variant(
            base, proposal={"governance": "israeli_security_control"}
        ),
        "framework with six-week truce only": variant(
            base, proposal={"ceasefire": "six_week_truce", "withdrawal": "from_populated_areas"}
        ),
        "framework, 33 living, + US pressure": variant(
            base, proposal={"hostages_phase_one": "33_living"}, extra=(US_PRESSURE,)
        ),
    }
    print(f"{'variant':<42} {'agreement rate':>15} {'negotiations':>13}")
    for name, scenario in variants.items():
        rate, total = agreement_rate(scenario, args.seeds)
        print(f"{name:<42} {rate:>15.1%} {total:>13}")


if __name__ == "__main__":
    main()
