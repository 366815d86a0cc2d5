"""Local worker processes that stop at once on Ctrl-C and hand back every finished result.

A terminal's Ctrl-C sends SIGINT to the whole foreground process group. Pool workers that
take it as ``KeyboardInterrupt`` either die with a traceback or (``concurrent.futures``)
report it as one task's failure and go on with the queue, so an interrupted run lingers for
as long as its queued work. Here workers ignore SIGINT. The parent, which receives it as
``KeyboardInterrupt`` (or meets any other error), sends each worker SIGTERM: the worker
drops the task it is computing, sends back the results it has finished and not yet sent,
and stops; the parent receives them too before the exception goes on. A worker that does
not answer within ``HALT_SECONDS`` is killed.

Tasks go to each worker in small groups (about 0.2 s of work queued per worker) and results
come back in small groups (at most ``FLUSH_SECONDS`` apart, and whenever a worker's queue
runs dry), so short tasks cost few messages and few wake-ups of the parent.
:meth:`WorkerPool.imap` instead hands out one task at a time and yields the results in order,
for large tasks and results (parsed text) that a slow consumer takes one by one.
"""

from __future__ import annotations

import itertools
import math
import multiprocessing
import pickle
import signal
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from multiprocessing.connection import Connection, wait
from typing import Any

__all__ = ["WorkerPool"]

FLUSH_SECONDS = 0.05  # a worker sends what it has finished at least this often
HALT_SECONDS = 1.0  # a stopped worker has this long to send its last results


class WorkerTraceback(Exception):
    """The traceback of an exception raised in a worker (attached as ``__cause__``)."""


class WorkerPool:
    """``jobs`` spawned processes, each running ``initializer(*initargs)`` once.

    ``start="fork"`` forks them instead, so they inherit what the parent has loaded (the
    news reader's NLP pipeline: about 4 s of CPU to load again in each spawned process).
    """

    def __init__(
        self,
        jobs: int,
        initializer: Callable[..., None] | None = None,
        initargs: tuple = (),
        start: str = "spawn",
    ) -> None:
        self.jobs = jobs
        self.initializer = initializer
        self.initargs = initargs
        self.start = start
        self._workers: list[tuple[Any, Connection]] = []

    def __enter__(self) -> WorkerPool:
        context = multiprocessing.get_context(self.start)
        try:
            for _ in range(self.jobs):
                parent, child = context.Pipe()
                process = context.Process(
                    target=_serve, args=(child, self.initializer, self.initargs), daemon=True
                )
                _start_ignoring_sigint(process)
                child.close()
                self._workers.append((process, parent))
        except BaseException:
            self._close(wait=False)
            raise
        return self

    def __exit__(self, kind, value, tb) -> None:
        self._close(wait=kind is None)

    def map_unordered(
        self, fn: Callable[[Any], Any], tasks: Iterable[Any], receive: Callable[[Any], None]
    ) -> None:
        """``receive(fn(task))`` for every task, in order of completion.

        On any exception (``KeyboardInterrupt`` from Ctrl-C, a task's own exception, which
        is re-raised here with the worker's traceback as its cause) the workers are
        stopped, the results they had finished are received all the same, and the
        exception goes on.
        """
        todo = iter(tasks)
        busy = [0] * len(self._workers)
        pace = _Pace(len(self._workers))

        def feed(w: int) -> None:
            batch = list(itertools.islice(todo, max(0, pace.depth() - busy[w])))
            if batch:
                self._workers[w][1].send((fn, batch))
                busy[w] += len(batch)

        try:
            for w in range(len(self._workers)):
                feed(w)
            while any(busy):
                pipes = {self._workers[w][1]: w for w, n in enumerate(busy) if n}
                for ready in wait(list(pipes)):
                    w = pipes[ready]
                    kind, payload, text = self._recv(w)
                    if kind == "error":
                        raise payload from WorkerTraceback(text)
                    busy[w] -= len(payload)
                    pace.finished(len(payload))
                    for result in payload:
                        receive(result)
                    feed(w)
        except BaseException:
            self._halt(receive)
            raise

    def imap(self, fn: Callable[[Any], Any], tasks: Iterable[Any]) -> Iterator[Any]:
        """``fn(task)`` for every task, yielded in the tasks' order.

        Each worker has one task at a time: tasks and results may be large (a send never
        waits on a worker that is itself sending), and work is handed out only as the
        results are taken, so memory stays bounded however many tasks there are. On any
        exception, or when the consumer stops early, the workers are killed.
        """
        todo = enumerate(tasks)
        busy = [False] * len(self._workers)
        done: dict[int, Any] = {}
        first = 0

        def feed(w: int) -> None:
            task = next(todo, None)
            if task is not None:
                self._workers[w][1].send((partial(_numbered, fn), [task]))
                busy[w] = True

        try:
            for w in range(len(self._workers)):
                feed(w)
            while any(busy) or first in done:
                while first in done:
                    yield done.pop(first)
                    first += 1
                pipes = {self._workers[w][1]: w for w, b in enumerate(busy) if b}
                for ready in wait(list(pipes)) if pipes else ():
                    w = pipes[ready]
                    kind, payload, text = self._recv(w)
                    if kind == "error":
                        raise payload from WorkerTraceback(text)
                    busy[w] = False
                    done.update(payload)
                    feed(w)
        except BaseException:
            self._close(wait=False)
            raise

    def _recv(self, w: int) -> tuple[str, Any, str]:
        process, pipe = self._workers[w]
        try:
            return pipe.recv()
        except (EOFError, OSError):  # the worker's end closed: it died
            process.join(1.0)
            raise RuntimeError(f"a worker process died (exit code {process.exitcode})") from None

    def _halt(self, receive: Callable[[Any], None]) -> None:
        """Stop every worker now; receive the results they had finished."""
        for process, _ in self._workers:
            if process.is_alive():
                process.terminate()
        deadline = time.monotonic() + HALT_SECONDS
        pending = {pipe: process for process, pipe in self._workers}
        while pending and (left := deadline - time.monotonic()) > 0:
            for ready in wait(list(pending), timeout=left):
                try:
                    kind, payload, _ = ready.recv()
                except (EOFError, OSError):
                    kind = "stopped"
                if kind == "results":
                    for result in payload:
                        receive(result)
                elif kind == "stopped":
                    del pending[ready]
        self._close(wait=False)

    def _close(self, *, wait: bool) -> None:
        """Let the workers exit (``wait``) or kill them; reap them either way."""
        for process, pipe in self._workers:
            if wait:
                try:
                    pipe.send(None)
                except OSError:
                    process.kill()
            else:
                process.kill()
        for process, pipe in self._workers:
            process.join()
            pipe.close()
        self._workers = []


_END = object()


class _Pace:
    """How many tasks to keep queued per worker: about ``QUEUED_SECONDS`` of work, at least
    two (one computing, one waiting), so that short tasks never leave a worker idle while
    the parent is slow to answer, and long ones are not hoarded by one worker at the end."""

    QUEUED_SECONDS = 0.2
    MOST = 32  # keeps what waits in a pipe far below its buffer (no send ever blocks)

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.done = 0
        self.since = 0.0

    def finished(self, n: int) -> None:
        if not self.done:
            self.since = time.monotonic()
        self.done += n

    def depth(self) -> int:
        if self.done <= 2 * self.workers:
            return 2
        per_task = (time.monotonic() - self.since) * self.workers / self.done
        return min(self.MOST, max(2, math.ceil(self.QUEUED_SECONDS / max(per_task, 1e-6))))


def _start_ignoring_sigint(process) -> None:
    """Start a process with SIGINT blocked, which it inherits: a Ctrl-C before the worker
    ignores SIGINT (the first thing :func:`_serve` does) stays pending there and is then
    discarded, so the worker never sees it, even while it imports.

    The parent only blocks SIGINT in this thread, and never ignores it: the process's other
    threads (a BLAS library's) still take a Ctrl-C meanwhile and hand it to Python, which
    raises it here as ``KeyboardInterrupt``. Ignoring SIGINT in the parent during the start,
    as this once did, lost a Ctrl-C another thread took in that moment.
    """
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        process.start()
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)


class _Halt(BaseException):
    """Raised in a worker by SIGTERM: drop the current task, send what is finished, stop."""


class _Outbox:
    """A worker's finished results, sent in groups; SIGTERM never cuts a message short."""

    def __init__(self, pipe: Connection) -> None:
        self.pipe = pipe
        self.results: list[Any] = []
        self.sent = time.monotonic()
        self.sending = False
        self.halted = False
        signal.signal(signal.SIGTERM, self._on_sigterm)

    def _on_sigterm(self, signum, frame) -> None:
        self.halted = True
        if not self.sending:
            raise _Halt

    def send(self, message: tuple) -> None:
        self.sending = True
        try:
            self.pipe.send(message)
        finally:
            self.sending = False
        if self.halted:
            raise _Halt

    def flush(self, *, unless_soon: bool = False) -> None:
        """Send the finished results (with ``unless_soon``, only if the last group left
        ``FLUSH_SECONDS`` ago)."""
        if not self.results:
            return
        if unless_soon and time.monotonic() - self.sent < FLUSH_SECONDS:
            return
        results, self.results = self.results, []
        self.sent = time.monotonic()
        self.send(("results", results, ""))


def _serve(pipe: Connection, initializer, initargs) -> None:
    """A worker's loop: run tasks until told to stop, halted, or the parent goes away."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # (a Ctrl-C pending since the start is
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})  # discarded, never raised)
    outbox = _Outbox(pipe)
    try:
        if initializer is not None:
            initializer(*initargs)
        queue: deque = deque()
        while True:
            if not queue:
                outbox.flush()  # nothing left here: hand over what is finished, then wait
                message = pipe.recv()
                if message is None:
                    return
                fn, tasks = message
                queue.extend(tasks)
            try:
                outbox.results.append(fn(queue.popleft()))
            except Exception as exc:  # noqa: BLE001 - re-raised in the parent
                outbox.flush()
                outbox.send(("error", _portable(exc), traceback.format_exc()))
            outbox.flush(unless_soon=True)
    except _Halt:
        pass
    except (EOFError, OSError):  # the parent has gone
        return
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a second SIGTERM ends it at once
    outbox.halted = False
    outbox.flush()
    outbox.send(("stopped", None, ""))


def _numbered(fn: Callable[[Any], Any], task: tuple[int, Any]) -> tuple[int, Any]:
    return task[0], fn(task[1])


def _portable(exc: Exception) -> Exception:
    """The exception itself if it survives pickling, else a RuntimeError naming it."""
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:  # noqa: BLE001
        return RuntimeError(f"{type(exc).__name__}: {exc}")
    return exc
