"""Backtesting: how far each model's forecasts land from recorded outcomes.

The issues come from :func:`accord.io.backtest.read_backtest_table` (the table documented in
``docs/backtest-format.md``, with the issues it had to set aside) or are built by hand:
anything with a ``name``, its ``stakeholders`` (one dimension) and the recorded ``outcome``.
One bad issue never stops a backtest of hundreds: it is left out and the report says why.
The exchange models trade across the issues of one proposal (``proposal``), so they see each
proposal as one set of stakeholders, as does the position choice, which starts from the
exchange outcome; the other models take issues one by one.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

from accord.errors import AccordInputError, Interrupted, SkippedIssue
from accord.forecast.batch import run_many
from accord.forecast.choice import fitted_issues
from accord.forecast.exchange import EXCHANGE_MODELS
from accord.forecast.montecarlo import DEFAULT_MODEL, MODELS
from accord.forecast.result import ForecastResult
from accord.model.stakeholders import Stakeholders
from accord.seeding import generator

__all__ = ["BY_PROPOSAL", "BacktestReport", "HistoricalIssue", "Progress", "backtest"]

#: Models that see a proposal's issues together (the exchange models trade across them).
BY_PROPOSAL = (*EXCHANGE_MODELS, "choice")

#: ``progress(done, total)``: (issue, model) pairs finished so far, out of all of them.
Progress = Callable[[int, int], None]


class HistoricalIssue(Protocol):
    """One issue of the past: its stakeholders (one dimension) and what happened."""

    name: str
    stakeholders: Stakeholders
    outcome: float


@dataclass(frozen=True)
class BacktestReport:
    """Absolute errors ``|forecast - outcome|`` per model and issue, and the issues left out.

    Every model is scored on the same issues: an issue one model cannot forecast is left out
    for all of them. ``proposals`` names each issue's proposal (issues decided together),
    the unit that confidence intervals resample and cross-validation holds out. ``seed`` is
    the backtest's, which the bootstrap intervals use too. ``requested`` lists every model
    asked for when the report is partial (Ctrl-C): ``models`` are those that finished.
    """

    models: tuple[str, ...]
    issues: tuple[str, ...]
    forecasts: np.ndarray  # (models, issues)
    outcomes: np.ndarray  # (issues,)
    skipped: tuple[SkippedIssue, ...] = ()
    proposals: tuple[str, ...] = ()
    seed: int = 0
    requested: tuple[str, ...] = ()

    @property
    def partial(self) -> bool:
        """Whether some models asked for did not finish (the run was interrupted)."""
        return bool(self.requested) and self.requested != self.models

    @property
    def groups(self) -> np.ndarray:
        """Each issue's proposal as an integer (the issue itself when none is known)."""
        names = self.proposals or self.issues
        return np.unique(np.asarray(names), return_inverse=True)[1]

    def mae_interval(self, level: float = 0.95, draws: int = 2000,
                     seed: int | None = None) -> np.ndarray:
        """(models, 2) percentile bootstrap interval of each model's MAE, resampling whole
        proposals (issues decided together are not independent); seeded (by default with
        the backtest's seed)."""
        seed = self.seed if seed is None else seed
        g = self.groups
        n_groups = int(g.max()) + 1
        err = self.errors
        sums = np.stack([np.bincount(g, e, minlength=n_groups) for e in err])  # (m, groups)
        counts = np.bincount(g, minlength=n_groups)
        pick = generator(seed).integers(0, n_groups, size=(draws, n_groups))
        boot = sums[:, pick].sum(axis=2) / counts[pick].sum(axis=1)  # (m, draws)
        tail = (1 - level) / 2
        return np.quantile(boot, [tail, 1 - tail], axis=1).T

    def worst(self, k: int = 5) -> dict[str, list[int]]:
        """Per model, the indexes of the ``k`` issues it gets most wrong (largest error
        first; ties by issue order)."""
        return {m: np.argsort(-self.errors[i], kind="stable")[:k].tolist()
                for i, m in enumerate(self.models)}

    @property
    def notes(self) -> tuple[str, ...]:
        """What a reader of these errors must know: when every proposal is a single issue,
        the exchange models had nothing to trade, so they only repeat the weighted mean; when
        the position choice is scored on issues its coefficients were fitted on, its errors
        (and a cross-validation choosing it) are in-sample."""
        notes = []
        exchange = [m for m in self.models if m in EXCHANGE_MODELS]
        if exchange and len(set(self.proposals or self.issues)) == len(self.issues):
            notes.append(
                f"every proposal is a single issue, so {' and '.join(exchange)} had nothing "
                f"to trade: {'they equal' if len(exchange) > 1 else 'it equals'} the weighted "
                "mean (up to rounding); name the issues decided together in a proposal column "
                "or with --proposal-pattern (docs/backtest-format.md)")
        seen = len(fitted_issues().intersection(self.issues)) if "choice" in self.models else 0
        if seen:
            notes.append(
                f"choice's coefficients were fitted on {seen} of these {len(self.issues)} "
                "issues (the DEU development half), so its errors there are in-sample and "
                "flatter it, and so does a cross-validation that chooses it; its error on "
                "decisions it has not seen is estimated by nested cross-validation in "
                "docs/forecast.md, 'Which model'")
        return tuple(notes)

    @property
    def errors(self) -> np.ndarray:
        return np.abs(self.forecasts - self.outcomes[None, :])

    @property
    def mae(self) -> np.ndarray:
        """Mean absolute error of each model over all issues."""
        return self.errors.mean(axis=1)

    def to_dict(self) -> dict[str, Any]:
        return {
            "models": list(self.models),
            "issues": {
                issue: {
                    "outcome": float(self.outcomes[k]),
                    "forecast": {m: float(self.forecasts[i, k]) for i, m in enumerate(self.models)},
                    "abs_error": {m: float(self.errors[i, k]) for i, m in enumerate(self.models)},
                }
                for k, issue in enumerate(self.issues)
            },
            "mae": {m: float(self.mae[i]) for i, m in enumerate(self.models)},
            "mae_interval": {m: [float(lo), float(hi)]
                             for m, (lo, hi) in zip(self.models, self.mae_interval(),
                                                    strict=True)},
            "worst": {m: [self.issues[k] for k in ks] for m, ks in self.worst().items()},
            "default_model": DEFAULT_MODEL,
            "seed": self.seed,
            "partial": self.partial,
            "requested_models": list(self.requested or self.models),
            "notes": list(self.notes),
            "skipped": [s.to_dict() for s in self.skipped],
        }


def backtest(
    data: Any,
    models: Sequence[str] = MODELS,
    *,
    seed: int = 0,
    progress: Progress | None = None,
    threads: int = 1,
    jobs: int = 1,
) -> BacktestReport:
    """Run every model on every issue and compare with the recorded outcomes.

    Parameters
    ----------
    data : sequence of HistoricalIssue, or a table read by ``accord.io.backtest``
        A table (``.issues``, ``.skipped``, ``.file``) keeps its set-aside issues listed in
        the report.
    models : sequence of str
    seed : int
        Seed of the random-rate exchange model (proposal ``i`` draws from child ``i``) and of
        the report's bootstrap intervals.
    progress : callable, optional
        ``progress(done, total)`` as (issue, model) pairs finish, from ``(0, total)`` to
        ``(total, total)``; the library draws nothing.  It may be called from several
        threads, one call at a time.
    threads : int, default 1
        Models run side by side on this many threads (at most one per model); the models
        are independent, so the report is the same for any number. One is the default: on
        the DEU development half, on an idle 2-core machine, two threads took 7.3-7.6 s wall
        (9.5-9.8 s CPU) against 4.8-6.5 s for one, as the models' many small numpy calls
        contend for Python's lock; more may pay on a busy machine or with larger issues.
    jobs : int, default 1
        With more than one, the models run in this many worker processes instead (forked,
        at most one per group of models): the slowest (SMP) on one, the others shared out
        so that each process has about as much work (longest-first scheduling, Graham
        1969). The report is the same; ``progress`` then advances a model at a time.

    Raises
    ------
    AccordInputError
        When no issue is left to score.
    Interrupted
        On Ctrl-C once some model has finished: ``partial`` is the report of the finished
        models (the quick ones run first, so they are the ones kept).
    """
    if hasattr(data, "skipped"):
        issues, skipped, file = list(data.issues), list(data.skipped), data.file
    else:
        issues, skipped, file = list(data), [], None
    total = len(issues) * len(models)
    done = 0
    lock = threading.Lock()
    stop = threading.Event()

    def tick(_: int) -> None:
        nonlocal done
        if stop.is_set():  # Ctrl-C in the main thread: a model on another thread stops here
            raise _Stopped
        with lock:
            done += 1
            if progress is not None:
                progress(done, total)

    if progress is not None:
        progress(0, total)
    stakes = [it.stakeholders for it in issues]
    groups = _proposals(issues)
    exchanged: dict[str, list] = {}  # the exchange model's results, for the position choice

    def run(m: str) -> list:
        return _run_model(m, issues, stakes, groups, seed, tick, exchanged)

    results: dict[str, list] = {}
    try:
        if jobs > 1 and len(models) > 1:
            _in_processes(issues, models, seed, jobs, results, tick)
        else:
            for m, r in _side_by_side(run, models, threads, stop):
                results[m] = r
    except KeyboardInterrupt:
        finished = [m for m in models if m in results]
        if not finished:
            raise
        partial = _report(finished, {m: results[m] for m in finished}, issues, list(skipped),
                          file, seed, tuple(models))
        raise Interrupted(len(finished), len(models), partial) from None
    return _report(list(models), results, issues, skipped, file, seed, ())


def _report(models: list[str], results: dict[str, list], issues: list, skipped: list,
            file: Any, seed: int, requested: tuple[str, ...]) -> BacktestReport:
    """The report over ``models``' results; an issue some model could not forecast is left
    out for all of them."""
    keep = []
    for k, it in enumerate(issues):
        failed = [(m, results[m][k]) for m in models if isinstance(results[m][k], ValueError)]
        if failed:
            m, err = failed[0]
            skipped.append(SkippedIssue(it.name, AccordInputError(
                f"{m} cannot forecast issue {it.name!r}: {err}", file=file,
                line=getattr(it, "line", None), field="issue")))
        else:
            keep.append(k)
    skipped.sort(key=lambda s: s.reason.line or 0)
    if not keep:
        first = f"; first: {skipped[0].reason}" if skipped else ""
        raise AccordInputError(f"no issue left to score ({len(skipped)} left out{first})",
                               file=file)
    forecasts = np.array([[_value(results[m][k]) for k in keep] for m in models])
    return BacktestReport(tuple(models), tuple(issues[k].name for k in keep), forecasts,
                          np.array([issues[k].outcome for k in keep]), tuple(skipped),
                          tuple(_proposal(issues[k]) for k in keep), seed, requested)


class _Stopped(Exception):
    """Raised inside a model running on a thread once Ctrl-C has reached the main thread."""


#: Seconds each model takes on the DEU development half (169 issues); only their
#: proportions matter: the quick models run first (so that Ctrl-C during the slow SMP keeps
#: them), and processes get about as much work each.
_SECONDS = {"smp": 2.3, "eum": 1.0, "exchange": 0.17, "exchange-random": 0.2, "choice": 0.2}


def _cost(models: Sequence[str]) -> float:
    """Rough seconds ``models`` take together (the baselines next to nothing)."""
    return sum(_SECONDS.get(m, 0.01) for m in models)


def _run_model(m: str, issues: Sequence[Any], stakes: list[Stakeholders],
               groups: list[list[int]], seed: int, tick: Callable[[int], None],
               exchanged: dict[str, list]) -> list:
    """Model ``m``'s forecast (or error) for every issue: by proposal or issue by issue."""
    if m in BY_PROPOSAL:
        return _by_proposal(m, issues, groups, seed, tick, exchanged)
    return run_many(m, stakes, on_done=tick)


def _bundles(models: Sequence[str], jobs: int) -> list[list[str]]:
    """``models`` in at most ``jobs`` groups of about equal work: each model, slowest first,
    to the group with the least work so far (Graham's LPT rule); the equal-gain exchange
    model and the position choice go together, so the choice reuses its results.

    Examples
    --------
    >>> _bundles(["mean", "smp", "eum", "exchange", "choice"], 2)
    [['smp'], ['eum', 'exchange', 'choice', 'mean']]
    """
    units = [[m] for m in models if m not in ("exchange", "choice")]
    pair = [m for m in ("exchange", "choice") if m in models]
    if pair:
        units.append(pair)
    units.sort(key=lambda u: -_cost(u))
    groups: list[list[str]] = [[] for _ in range(min(jobs, len(units)))]
    load = [0.0] * len(groups)
    for u in units:
        g = load.index(min(load))
        groups[g] += u
        load[g] += _cost(u)
    return groups


def _run_bundle(task: tuple[list[str], list, int]) -> list[tuple[str, list]]:
    """In a worker process: every model of a group, each issue's forecast as a float."""
    models, issues, seed = task
    stakes = [it.stakeholders for it in issues]
    groups = _proposals(issues)
    exchanged: dict[str, list] = {}
    out = []
    for m in models:
        r = _run_model(m, issues, stakes, groups, seed, _ignore, exchanged)
        out.append((m, [v if isinstance(v, ValueError) else _value(v) for v in r]))
    return out


def _ignore(_: int) -> None:
    """Progress of one issue inside a worker process: the parent counts whole models."""


def _in_processes(issues: list, models: Sequence[str], seed: int, jobs: int,
                  results: dict[str, list], tick: Callable[[int], None]) -> None:
    """Run ``models`` in worker processes, putting each model's forecasts in ``results`` as
    its group finishes (on Ctrl-C, the finished groups' too)."""
    from accord.workers import WorkerPool

    # one group per process; the quickest group first, as results come in the tasks' order
    tasks = [(b, issues, seed) for b in reversed(_bundles(models, jobs))]
    with WorkerPool(len(tasks), start="fork") as pool:
        for done in pool.imap(_run_bundle, tasks):
            for m, r in done:
                results[m] = r
                for k in range(len(r)):
                    tick(k)


def _side_by_side(run: Callable[[str], list], models: Sequence[str], threads: int,
                  stop: threading.Event) -> Iterator[tuple[str, list]]:
    """``(m, run(m))`` for every model as it finishes, the quick ones first, on up to
    ``threads`` threads.

    numpy leaves Python's lock while it computes, so independent models overlap on a
    machine with several cores; a model raising stops the others from starting. On Ctrl-C
    (in the main thread) ``stop`` is set, and models running on other threads stop at their
    next finished issue instead of running to the end.
    """
    order = sorted(models, key=lambda m: _cost([m]))
    threads = min(len(models), threads)
    if threads <= 1:
        for m in order:
            yield m, run(m)
        return
    pool = ThreadPoolExecutor(threads, thread_name_prefix="accord-backtest")
    try:
        futures = {m: pool.submit(run, m) for m in order}
        for m, future in futures.items():
            yield m, future.result()
    except BaseException:
        stop.set()
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _value(r: ForecastResult | float) -> float:
    return float(r.forecast[0]) if isinstance(r, ForecastResult) else float(r)


def _proposal(issue: Any) -> str:
    return getattr(issue, "proposal", None) or issue.name


def _proposals(issues: Sequence[Any]) -> list[list[int]]:
    """Issue indexes grouped by proposal, in order of first appearance."""
    groups: dict[str, list[int]] = {}
    for k, it in enumerate(issues):
        groups.setdefault(_proposal(it), []).append(k)
    return list(groups.values())


def _merge(issues: Sequence[Any]) -> Stakeholders:
    """One proposal's issues as one set of stakeholders on 0-100 (each issue through its own
    scale). An actor absent from an issue does not care about it (salience 0, at its weighted
    mean); an actor's capability must be the same on every issue of the proposal."""
    names: dict[str, float] = {}
    for it in issues:
        for a, c in zip(it.stakeholders.names, it.stakeholders.capability, strict=True):
            if names.setdefault(a, float(c)) != float(c):
                raise ValueError(f"actor {a!r} has capability {names[a]:g} and {float(c):g} "
                                 f"in proposal {_proposal(it)!r}")
    order = list(names)
    pos = np.zeros((len(order), len(issues)))
    sal = np.zeros_like(pos)
    for j, it in enumerate(issues):
        s = it.stakeholders
        x = 100.0 * s.unit_position()[:, 0]
        w = s.capability * s.salience[:, 0]
        pos[:, j] = np.dot(w, x) / w.sum() if w.sum() > 0 else x.mean()
        rows = [order.index(a) for a in s.names]
        pos[rows, j], sal[rows, j] = x, s.salience[:, 0]
    return Stakeholders(order, [it.name for it in issues], list(names.values()), pos, sal)


def _by_proposal(model: str, issues: Sequence[Any], groups: list[list[int]], seed: int,
                 tick: Callable[[int], None],
                 exchanged: dict[str, list]) -> list[float | ValueError]:
    """Forecast of a model of :data:`BY_PROPOSAL` for every issue, proposal by proposal.

    The position choice starts from the equal-gain exchange model's outcome: when that
    model has run (``exchanged["exchange"]``, its results on the same proposals, all
    finite), the choice takes them instead of running it again.
    """
    out: list[float | ValueError] = [ValueError("not run")] * len(issues)
    merged, ok = [], []
    for g in groups:
        try:
            merged.append(_merge([issues[k] for k in g]))
            ok.append(g)
        except ValueError as err:
            for k in g:
                out[k] = err
                tick(k)
    centres = exchanged.get("exchange") if model == "choice" else None
    if centres is not None and any(isinstance(r, ValueError) for r in centres):
        centres = None
    results = run_many(model, merged, seed=seed, on_done=lambda i: None, exchanged=centres)
    if model == "exchange":
        exchanged[model] = results
    for g, r in zip(ok, results, strict=True):
        for j, k in enumerate(g):
            if isinstance(r, ValueError):
                out[k] = r
            else:
                scale = issues[k].stakeholders
                out[k] = float(scale.from_unit(r.forecast[j] / 100.0))
            tick(k)
    return out
