"""Tournaments: every ordered pairing of agents on every scenario, resumable, in parallel.

Each negotiation has a stable key (scenario, agents in role order, repetition) and a seed
derived from that key, so results do not depend on the order or place in which they were
computed. Results are appended to ``results.jsonl`` in the output folder, one JSON object
per line, one ``write`` + ``fsync`` per finished batch; a torn last line (an interrupted
write) is dropped on the next start. A re-run skips every key already recorded: an
interrupted tournament resumes where it stopped. Summaries are written atomically
(temporary file, then rename).

Work runs in this process (``jobs=1``), in local worker processes (``jobs > 1``) or on a
Dask distributed cluster (``cluster="tcp://host:port"``), in batches of negotiations on one
scenario so that each worker compiles a scenario's arrays once per batch.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import math
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..errors import AccordInputError
from ..io.results import json_safe
from ..model import Scenario
from ..model.problem import compile_problem
from ..seeding import derive_seed
from .agents.registry import parse_spec
from .config import NegotiationConfig
from .lineup import lineup as scenario_lineup
from .lineup import require_negotiators
from .run import negotiate
from .standings import pairwise_tests, scenario_table, score_table, standings

__all__ = ["Match", "ResultStore", "plan_matches", "run_batch", "run_tournament", "summarize"]

RESULTS = "results.jsonl"


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


def run_batch(
    scenario: Scenario,
    matches: Sequence[Match],
    config: NegotiationConfig,
) -> list[dict[str, Any]]:
    """Play ``matches`` on one scenario under ``config`` (each with its own seed); one
    result row each (runs on workers)."""
    problem = compile_problem(scenario)
    rows = []
    for match in matches:
        run = negotiate(problem, list(match.agents), config, seed=match.seed)
        r = run.result
        rows.append(
            {
                "key": match.key,
                "scenario": scenario.name,
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
        )
    return rows


class ResultStore:
    """Append-only JSON-lines results in a folder, robust to interrupted writes."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            message = f"cannot use as the results folder: {err.strerror or err}"
            raise AccordInputError(message, file=folder) from None
        self.path = self.folder / RESULTS

    def load(self) -> list[dict[str, Any]]:
        """Rows recorded so far; a torn or corrupt tail is cut off the file."""
        if not self.path.exists():
            return []
        data = self.path.read_bytes()
        rows, good = [], 0
        for line in data.splitlines(keepends=True):
            if not line.endswith(b"\n"):
                break
            try:
                rows.append(json.loads(line))
            except ValueError:
                break
            good += len(line)
        if good != len(data):
            _atomic_write(self.path, data[:good])
        return rows

    def append(self, rows: Iterable[dict[str, Any]]) -> None:
        text = "".join(json.dumps(r, allow_nan=False) + "\n" for r in rows)
        if not text:
            return
        with open(self.path, "ab") as f:
            f.write(text.encode("utf-8"))
            f.flush()
            os.fsync(f.fileno())


def run_tournament(
    scenarios: Sequence[Scenario],
    agents: Sequence[str] | None,
    out_dir: str | Path,
    *,
    repetitions: int = 1,
    rounds: int = 100,
    mediator: str | None = None,
    seed: int = 0,
    jobs: int = 1,
    cluster: Any = None,
    time_limit: float | None = 30.0,
    self_play: bool = False,
    batch_size: int = 100,
    max_negotiations: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, Any]:
    """Run (or resume) a tournament; returns the summary also saved in ``out_dir``.

    Parameters
    ----------
    agents
        Agent specs (see :mod:`accord.negotiation.agents.registry`), each once; one agent
        only with ``self_play``. ``None``: each scenario's own line-up.
    jobs
        Local worker processes (1: in this process).
    cluster
        A Dask scheduler address (or a ``distributed.Client``) to run the batches on.
    max_negotiations
        Play at most this many new negotiations in this call (the rest on a later call).
    progress
        Called with (completed, total) after each batch.
    """
    config = NegotiationConfig(rounds=rounds, seed=seed, time_limit=time_limit)
    for name, value, least in (
        ("repetitions", repetitions, 1),
        ("jobs", jobs, 1),
        ("batch_size", batch_size, 1),
        ("max_negotiations", max_negotiations, 0),
    ):
        if value is not None and value < least:
            raise AccordInputError(f"{name} must be at least {least}, not {value}")
    agents = _checked_agents(agents, self_play)
    if mediator:
        config = replace(config, mediator=parse_spec(mediator, "mediator").text)
    for scenario in scenarios:
        require_negotiators(scenario)
    store = ResultStore(out_dir)
    matches = plan_matches(scenarios, agents, repetitions, seed, self_play)
    wanted = {m.key for m in matches}
    done = {row["key"]: row for row in store.load() if row["key"] in wanted}
    resumed = len(done)
    todo = [m for m in matches if m.key not in done]
    if max_negotiations is not None:
        todo = todo[:max_negotiations]
    batches = list(_batches(todo, batch_size, max(jobs, 1)))
    completed = 0
    args = (config,)
    for rows in _execute(batches, scenarios, args, jobs, cluster):
        store.append(rows)
        for row in rows:
            done[row["key"]] = row
        completed += len(rows)
        if progress is not None:
            progress(completed, len(todo))
    rows = [done[m.key] for m in matches if m.key in done]
    summary = summarize(rows)
    summary.update(
        negotiations=len(matches),
        completed=completed,
        resumed=resumed,
        remaining=len(matches) - len(rows),
    )
    _write_summary(Path(out_dir), summary)
    _write_database(Path(out_dir), rows)
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


def _batches(todo: list[Match], size: int, workers: int) -> Iterator[list[Match]]:
    """Consecutive same-scenario chunks, small enough to keep every worker busy."""
    for _, group in itertools.groupby(todo, key=lambda m: m.scenario):
        group = list(group)
        step = max(1, min(size, math.ceil(len(group) / (2 * workers))))
        for start in range(0, len(group), step):
            yield group[start : start + step]


def _execute(batches, scenarios, args, jobs, cluster) -> Iterator[list[dict[str, Any]]]:
    if not batches:
        return
    if cluster is not None:
        yield from _on_dask(batches, scenarios, args, cluster)
    elif jobs > 1:
        import multiprocessing

        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
            futures = [pool.submit(run_batch, scenarios[b[0].scenario], b, *args) for b in batches]
            for future in as_completed(futures):
                yield future.result()
    else:
        for batch in batches:
            yield run_batch(scenarios[batch[0].scenario], batch, *args)


def _on_dask(batches, scenarios, args, cluster) -> Iterator[list[dict[str, Any]]]:
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
    try:
        used = sorted({b[0].scenario for b in batches})
        remote = {s: client.scatter(scenarios[s], broadcast=True) for s in used}
        futures = [
            client.submit(run_batch, remote[b[0].scenario], b, *args, pure=False) for b in batches
        ]
        for future in dask_completed(futures):
            yield future.result()
    finally:
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
    def mean(values: list) -> float | None:
        clean = [float(v) for v in values if v is not None]
        return sum(clean) / len(clean) if clean else None

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


def _write_summary(folder: Path, summary: dict[str, Any]) -> None:
    _atomic_write(folder / "summary.json", json.dumps(summary, indent=2).encode("utf-8"))
    for part in ("agents", "scenarios"):
        table = summary[part]
        buffer = io.StringIO()
        if table:
            columns = list(next(iter(table.values())))
            writer = csv.writer(buffer)
            writer.writerow([part[:-1], *columns])
            for name, stats in table.items():
                writer.writerow([name, *(stats.get(c) for c in columns)])
        _atomic_write(folder / f"summary_{part}.csv", buffer.getvalue().encode("utf-8"))
    for part in ("standings", "pairwise"):
        buffer = io.StringIO()
        if summary[part]:
            writer = csv.DictWriter(buffer, fieldnames=list(summary[part][0]))
            writer.writeheader()
            writer.writerows(summary[part])
        _atomic_write(folder / f"summary_{part}.csv", buffer.getvalue().encode("utf-8"))
    buffer = io.StringIO()
    table = summary["agent_scenario"]
    if table:
        scenarios = list(next(iter(table.values())))
        writer = csv.writer(buffer)
        writer.writerow(["agent", *scenarios])
        for agent, values in table.items():
            writer.writerow([agent, *(values[name] for name in scenarios)])
    _atomic_write(folder / "summary_agent_scenario.csv", buffer.getvalue().encode("utf-8"))


def _write_database(folder: Path, rows: Sequence[dict[str, Any]]) -> None:
    """``results.sqlite``: every recorded negotiation (``negotiations``) and every agent's
    score in it (``scores``), for SQL queries; rebuilt from the rows at each summary."""
    from ..io.results import write_sqlite

    keys = list(rows[0]) if rows else ["key"]
    negotiations = {k: [row.get(k) for row in rows] for k in keys}
    write_sqlite(
        {"negotiations": negotiations, "scores": score_table(rows).columns()},
        folder / "results.sqlite",
    )


def _atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
