"""Tournaments: every ordered pairing of agents on every scenario, resumable, in parallel.

Each negotiation has a stable key (scenario, agents in role order, repetition) and a seed
derived from that key, so results do not depend on the order or place in which they were
computed. Each finished negotiation is appended to ``results.jsonl`` in the output folder
as soon as it ends (one JSON object per line; :mod:`accord.io.tournament` writes the files).
A re-run skips every key already recorded: an interrupted tournament resumes where it
stopped. Summaries are written also on Ctrl-C, which stops the workers at once and raises
:class:`~accord.errors.Interrupted`.

Work runs in this process (``jobs=1``), in local worker processes (``jobs > 1``) or on a
Dask distributed cluster (``cluster="tcp://host:port"``), one negotiation per task; each
worker compiles a scenario's arrays once and keeps them while its work is on that scenario.
"""

from __future__ import annotations

import itertools
import math
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..errors import AccordInputError, Interrupted
from ..io.results import json_safe
from ..io.tournament import ResultStore, write_database, write_summary
from ..model import Scenario
from ..model.problem import Problem, compile_problem
from ..seeding import derive_seed
from ..workers import WorkerPool
from .agents.registry import parse_spec
from .config import NegotiationConfig
from .lineup import lineup as scenario_lineup
from .lineup import require_negotiators
from .run import negotiate
from .standings import pairwise_tests, scenario_table, score_table, standings

__all__ = ["Match", "plan_matches", "play", "run_tournament", "summarize"]


@dataclass(frozen=True)
class Match:
    """One negotiation of a tournament."""

    key: str
    scenario: int
    agents: tuple[str, ...]
    repetition: int
    seed: int


def plan_matches(
    scenarios: Sequence[Scenario],
    agents: Sequence[str] | None,
    repetitions: int = 1,
    seed: int = 0,
    self_play: bool = False,
) -> list[Match]:
    """Every assignment of agents to the negotiating roles of every scenario (ordered, so
    roles are swapped), ``repetitions`` times; all-same-agent line-ups only with
    ``self_play``. With ``agents=None`` each scenario plays its own line-up (the agents it
    names, see :mod:`accord.negotiation.lineup`)."""
    matches = []
    for s, scenario in enumerate(scenarios):
        n = len(scenario.negotiators)
        if agents is None:
            lineups: Iterable[tuple[str, ...]] = [scenario_lineup(scenario)]
        else:
            lineups = itertools.product(agents, repeat=n)
        for lineup in lineups:
            if agents is not None and not self_play and len(set(lineup)) == 1:
                continue
            for rep in range(repetitions):
                key = f"{s}:{scenario.name}|{'|'.join(lineup)}|{rep}"
                matches.append(Match(key, s, tuple(lineup), rep, derive_seed(seed, key)))
    return matches


def play(problem: Problem, match: Match, config: NegotiationConfig) -> dict[str, Any]:
    """Play one match under ``config`` (with the match's own seed); its result row."""
    run = negotiate(problem, list(match.agents), config, seed=match.seed)
    r = run.result
    return {
        "key": match.key,
        "scenario": problem.scenario.name,
        "scenario_index": match.scenario,
        "repetition": match.repetition,
        "seed": match.seed,
        "parties": list(run.parties),
        "agents": list(match.agents),
        "mediator": config.mediator,
        "agreement": r.agreed,
        "outcome_index": r.agreement,
        "round": r.round,
        "time": r.time,
        "reason": r.reason,
        "utilities": list(r.utilities),
        "raw_utilities": list(r.raw_utilities),
        "welfare": r.welfare,
        "pareto_distance": r.pareto_distance,
        "nash_distance": None if math.isnan(r.nash_distance) else r.nash_distance,
        "error": r.error,
        "error_party": r.error_party,
    }


def run_tournament(
    scenarios: Sequence[Scenario],
    agents: Sequence[str] | None,
    out_dir: str | Path,
    config: NegotiationConfig | None = None,
    *,
    repetitions: int = 1,
    jobs: int = 1,
    cluster: Any = None,
    self_play: bool = False,
    max_negotiations: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    **options: Any,
) -> dict[str, Any]:
    """Run (or resume) a tournament; returns the summary also saved in ``out_dir``.

    Parameters
    ----------
    agents
        Agent specs (see :mod:`accord.negotiation.agents.registry`), each once; one agent
        only with ``self_play``. ``None``: each scenario's own line-up.
    config
        How each negotiation runs (:class:`NegotiationConfig`; its fields may also be given
        by keyword: ``rounds=50``). ``seed`` (default 0 here) is the tournament's base
        seed, from which each negotiation derives its own; a mediator is a spec string.
    jobs
        Local worker processes (1: in this process).
    cluster
        A Dask scheduler address (or a ``distributed.Client``) to run the negotiations on.
    max_negotiations
        Play at most this many new negotiations in this call (the rest on a later call).
    progress
        Called as ``progress(done, total)`` at the start and after each negotiation;
        ``done`` counts the negotiations recorded (resumed ones included) out of the
        ``total`` this call will have recorded when it ends.

    Raises
    ------
    Interrupted
        On Ctrl-C (``KeyboardInterrupt``): the workers are stopped, every finished
        negotiation is kept, the summaries of what is done are written; ``partial`` is
        that summary.
    """
    config = NegotiationConfig.of(config or NegotiationConfig(seed=0), **options)
    if config.seed is None:
        raise AccordInputError(
            "a tournament derives each negotiation's seed from its own: seed must be an "
            "integer, not None"
        )
    for name, value, least in (
        ("repetitions", repetitions, 1),
        ("jobs", jobs, 1),
        ("max_negotiations", max_negotiations, 0),
    ):
        if value is not None and value < least:
            raise AccordInputError(f"{name} must be at least {least}, not {value}")
    agents = _checked_agents(agents, self_play)
    if config.mediator is not None:
        if not isinstance(config.mediator, str):
            raise AccordInputError(
                "a tournament's mediator is a spec string (results.jsonl records it), "
                f"not {config.mediator!r}"
            )
        config = replace(config, mediator=parse_spec(config.mediator, "mediator").text)
    for scenario in scenarios:
        require_negotiators(scenario)
    store = ResultStore(out_dir)
    matches = plan_matches(scenarios, agents, repetitions, int(config.seed), self_play)
    wanted = {m.key for m in matches}
    done = {row["key"]: row for row in store.load() if row["key"] in wanted}
    resumed = len(done)
    todo = [m for m in matches if m.key not in done]
    if max_negotiations is not None:
        todo = todo[:max_negotiations]
    total = resumed + len(todo)
    try:
        if progress is not None:
            progress(resumed, total)
        with store.appending() as append:

            def record(row: dict[str, Any]) -> None:
                append(row)
                done[row["key"]] = row
                if progress is not None:
                    progress(len(done), total)

            _execute(todo, scenarios, config, jobs, cluster, record)
    except KeyboardInterrupt:
        # What is on disk is what was saved, whatever the moment of the interruption.
        done = {row["key"]: row for row in store.load() if row["key"] in wanted}
        summary = _conclude(out_dir, matches, done, resumed, interrupted=True)
        raise Interrupted(len(done), len(matches), summary) from None
    return _conclude(out_dir, matches, done, resumed, interrupted=False)


def _conclude(
    out_dir: str | Path,
    matches: Sequence[Match],
    done: dict[str, dict[str, Any]],
    resumed: int,
    *,
    interrupted: bool,
) -> dict[str, Any]:
    """Summary of the recorded negotiations, written to ``out_dir``."""
    rows = [done[m.key] for m in matches if m.key in done]
    summary = summarize(rows)
    summary.update(
        negotiations=len(matches),
        completed=len(rows) - resumed,
        resumed=resumed,
        remaining=len(matches) - len(rows),
        interrupted=interrupted,
    )
    write_summary(out_dir, summary)
    write_database(out_dir, rows, score_table(rows).columns())
    return summary


def _checked_agents(agents: Sequence[str] | None, self_play: bool) -> list[str] | None:
    """Canonical specs, each once; a lone agent only plays itself, so only on request."""
    if agents is None:
        return None
    specs = [parse_spec(spec).text for spec in agents]
    if not specs:
        raise AccordInputError("a tournament needs at least one agent", field="agents")
    twice = sorted({spec for spec in specs if specs.count(spec) > 1})
    if twice:
        raise AccordInputError(f"{twice[0]!r} is listed more than once", field="agents")
    if len(specs) == 1 and not self_play:
        raise AccordInputError(
            f"only one agent ({specs[0]}): it could only negotiate with itself; "
            "ask for that with self_play=True (--self-play), or name more agents",
            field="agents",
        )
    return specs


def _execute(
    todo: list[Match],
    scenarios: Sequence[Scenario],
    config: NegotiationConfig,
    jobs: int,
    cluster: Any,
    record: Callable[[dict[str, Any]], None],
) -> None:
    """``record`` the result row of each match of ``todo`` as soon as it is played; on an
    exception (Ctrl-C included), rows finished elsewhere are recorded before it goes on."""
    if not todo:
        return
    if cluster is not None:
        _on_dask(todo, scenarios, config, cluster, record)
    elif jobs > 1:
        workers = min(jobs, len(todo))
        with WorkerPool(workers, _start_worker, (list(scenarios), config)) as pool:
            pool.map_unordered(_play_in_worker, todo, record)
    else:
        compiled: dict[int, Problem] = {}
        for match in todo:
            if match.scenario not in compiled:
                compiled = {match.scenario: compile_problem(scenarios[match.scenario])}
            record(play(compiled[match.scenario], match, config))


# A worker process's (or Dask worker's) state: the tournament it serves and the problems it
# has compiled, the latest few (work arrives grouped by scenario).
_WORKER: dict[str, Any] = {}
_COMPILED: OrderedDict[Any, Problem] = OrderedDict()
_COMPILED_LOCK = threading.Lock()
_COMPILED_KEPT = 2


def _compiled(key: Any, scenario: Scenario) -> Problem:
    with _COMPILED_LOCK:
        if key in _COMPILED:
            _COMPILED.move_to_end(key)
            return _COMPILED[key]
    problem = compile_problem(scenario)
    with _COMPILED_LOCK:
        _COMPILED[key] = problem
        while len(_COMPILED) > _COMPILED_KEPT:
            _COMPILED.popitem(last=False)
    return problem


def _start_worker(scenarios: list[Scenario], config: NegotiationConfig) -> None:
    _WORKER.update(scenarios=scenarios, config=config)


def _play_in_worker(match: Match) -> dict[str, Any]:
    scenario = _WORKER["scenarios"][match.scenario]
    return play(_compiled(match.scenario, scenario), match, _WORKER["config"])


def _play_remote(
    token: str, scenario: Scenario, match: Match, config: NegotiationConfig
) -> dict[str, Any]:
    return play(_compiled(token, scenario), match, config)


def _on_dask(todo, scenarios, config, cluster, record) -> None:
    """Play on a Dask cluster: a few tasks per worker thread are submitted at a time, so a
    stop leaves little to cancel; results already back are recorded before it."""
    try:
        from distributed import Client
        from distributed import as_completed as dask_completed
    except ImportError:
        raise AccordInputError(
            "--cluster needs Dask distributed: pip install 'accord[cluster]'"
        ) from None
    own = not isinstance(cluster, Client)
    try:
        client = Client(cluster, timeout="20s") if own else cluster
    except (OSError, ValueError) as err:  # unreachable, or not an address at all
        raise AccordInputError(f"cannot reach the Dask scheduler at {cluster}: {err}") from None
    live: set = set()
    try:
        used = sorted({m.scenario for m in todo})
        remote = {s: client.scatter(scenarios[s], broadcast=True) for s in used}

        def submit(match: Match):
            data = remote[match.scenario]
            future = client.submit(_play_remote, data.key, data, match, config, pure=False)
            live.add(future)
            return future

        window = max(8, 4 * sum(client.nthreads().values()))
        pending = iter(todo)
        running = dask_completed([submit(m) for m in itertools.islice(pending, window)])
        for future in running:
            row = future.result()
            live.discard(future)
            for match in itertools.islice(pending, 1):
                running.add(submit(match))
            record(row)
    except BaseException:
        for future in [f for f in live if f.status == "finished"]:
            live.discard(future)
            record(future.result())
        raise
    finally:
        if live:
            client.cancel(list(live))
        if own:
            client.close()


def summarize(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Per agent and per scenario: mean utility, agreement rate, welfare, distances; the
    standings with bootstrap intervals, the pairwise Wilcoxon-Holm tests and each agent's
    mean discounted utility per scenario (see :mod:`accord.negotiation.standings`)."""
    agents: dict[str, dict[str, list]] = {}
    scenarios: dict[str, dict[str, list]] = {}
    errors = 0
    for row in rows:
        errors += row["error"] is not None
        for slot, (agent, party) in enumerate(zip(row["agents"], row["parties"])):
            stats = agents.setdefault(agent, _empty())
            stats["utility"].append(row["utilities"][slot])
            stats["errors"].append(row["error_party"] == party)
            _common(stats, row)
        _common(scenarios.setdefault(row["scenario"], _empty()), row)
    scores = score_table(rows)
    names, scenario_names, table = scenario_table(scores)
    return {
        "errors": errors,
        "agents": {name: _means(s) for name, s in sorted(agents.items())},
        "scenarios": {name: _means(s) for name, s in scenarios.items()},
        "standings": json_safe(standings(scores)),
        "pairwise": json_safe(pairwise_tests(scores)),
        "agent_scenario": {
            agent: dict(zip(scenario_names, _finite(values)))
            for agent, values in zip(names, table.tolist())
        },
    }


def _finite(values: list[float]) -> list[float | None]:
    return [v if math.isfinite(v) else None for v in values]


def _empty() -> dict[str, list]:
    keys = ("utility", "agreement", "welfare", "pareto", "nash", "round", "errors")
    return {k: [] for k in keys}


def _common(stats: dict[str, list], row: dict[str, Any]) -> None:
    stats["agreement"].append(row["agreement"])
    stats["welfare"].append(row["welfare"])
    stats["pareto"].append(row["pareto_distance"])
    stats["nash"].append(row["nash_distance"])
    stats["round"].append(row["round"])


def _means(stats: dict[str, list]) -> dict[str, Any]:
    def mean(values: list) -> float | None:  # exactly rounded sum, as the standings
        clean = [float(v) for v in values if v is not None]
        return math.fsum(clean) / len(clean) if clean else None

    out = {
        "negotiations": len(stats["agreement"]),
        "agreement_rate": mean(stats["agreement"]),
        "mean_welfare": mean(stats["welfare"]),
        "mean_pareto_distance": mean(stats["pareto"]),
        "mean_nash_distance": mean(stats["nash"]),
        "mean_round": mean(stats["round"]),
    }
    if stats["utility"]:
        out = {"mean_utility": mean(stats["utility"]), **out, "errors": sum(stats["errors"])}
    return out
