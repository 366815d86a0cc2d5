"""How often does single-text mediation settle the labour dispute, and how fast?

Plays ``examples/labour-dispute.yaml`` (121 of 1,331 packages in the ZOPA) under each
built-in mediator with several voting line-ups, over many seeds, and prints the agreement
rate, the mean round at which the talks ended, whether every agreement lies in the ZOPA,
and the mean distance of the agreements to the Pareto frontier.
Run: ``.venv/bin/python examples/labour_mediation.py [--seeds 20] [--rounds 100]``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

import accord

SCENARIO = Path(__file__).resolve().with_name("labour-dispute.yaml")
LINEUPS = (
    ("hillclimber", "hillclimber"),
    ("annealer", "annealer"),
    ("boulware", "linear"),
    ("conceder", "frequency"),
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=100)
    args = parser.parse_args()
    problem = accord.compile_problem(accord.read_scenario(SCENARIO))
    reservation = problem.reservation_values
    header = ("mediator", "voters", "agreed", "rounds", "in ZOPA", "pareto")
    print("{:<12} {:<24} {:>7} {:>7} {:>8} {:>7}".format(*header))
    for mediator in ("hill_climb", "annealing"):
        for lineup in LINEUPS:
            results = [
                accord.negotiate(
                    problem, lineup, mediator=mediator, rounds=args.rounds, seed=s
                ).result
                for s in range(args.seeds)
            ]
            agreed = [r for r in results if r.agreed]
            inside = all((np.array(r.raw_utilities) >= reservation).all() for r in agreed)
            pareto = np.mean([r.pareto_distance for r in agreed]) if agreed else float("nan")
            print(
                f"{mediator:<12} {','.join(lineup):<24} {len(agreed):>3}/{len(results):<3} "
                f"{np.mean([r.round for r in results]):>7.1f} {str(inside):>8} {pareto:>7.3f}"
            )


if __name__ == "__main__":
    main()
