"""The worker pool: every result comes back, errors and Ctrl-C stop every worker, and the
results finished before a stop are still handed over."""

from __future__ import annotations

import multiprocessing
import time

import pytest

from accord.errors import AccordInputError
from accord.workers import WorkerPool, WorkerTraceback


def square(x: int) -> int:
    return x * x


def slow_square(x: int) -> int:
    time.sleep(0.01)
    return x * x


def fail_on_seven(x: int) -> int:
    if x == 7:
        raise AccordInputError("seven is bad input", file="numbers.csv", line=7)
    return x


def test_every_result_comes_back_once():
    got: list[int] = []
    with WorkerPool(2) as pool:
        pool.map_unordered(square, range(500), got.append)
    assert sorted(got) == [x * x for x in range(500)]
    assert multiprocessing.active_children() == []


def test_a_task_error_is_raised_in_the_parent_with_its_type_and_traceback():
    got: list[int] = []
    with pytest.raises(AccordInputError, match="numbers.csv:7") as error, WorkerPool(2) as pool:
        pool.map_unordered(fail_on_seven, range(100), got.append)
    assert isinstance(error.value.__cause__, WorkerTraceback)
    assert "fail_on_seven" in str(error.value.__cause__)
    assert 7 not in got and len(got) == len(set(got))
    assert multiprocessing.active_children() == []


def test_ctrl_c_in_the_parent_stops_every_worker_and_keeps_their_finished_results():
    got: list[int] = []

    def receive(result: int) -> None:
        got.append(result)
        if len(got) == 20:
            raise KeyboardInterrupt  # as Ctrl-C would, while results arrive

    with pytest.raises(KeyboardInterrupt), WorkerPool(2) as pool:
        pool.map_unordered(slow_square, range(10_000), receive)
    assert len(got) >= 20 and len(got) == len(set(got)) and len(got) < 10_000
    assert set(got) <= {x * x for x in range(10_000)}
    assert multiprocessing.active_children() == []


LOADED = {}  # what a forked worker inherits from its parent


def loaded_size(x: int) -> tuple[int, bytes]:
    return x, LOADED["big"] * (x % 3)  # results large enough to fill a pipe


def test_imap_yields_in_order_from_forked_workers_and_stops_them_when_left():
    """imap (the news reader's parser processes): results in the tasks' order, large ones
    included; forked workers see what the parent loaded; a consumer that stops early (or
    meets Ctrl-C) leaves no worker behind."""
    LOADED["big"] = b"x" * 300_000
    try:
        with WorkerPool(2, start="fork") as pool:
            got = list(pool.imap(loaded_size, range(40)))
        assert [x for x, _ in got] == list(range(40))
        assert [len(b) for _, b in got] == [300_000 * (x % 3) for x in range(40)]
        with WorkerPool(2, start="fork") as pool:
            results = pool.imap(loaded_size, range(1000))
            assert next(results)[0] == 0
            results.close()
            assert multiprocessing.active_children() == []
        with pytest.raises(AccordInputError, match="numbers.csv:7"), \
                WorkerPool(2, start="fork") as pool:
            list(pool.imap(fail_on_seven, range(100)))
        assert multiprocessing.active_children() == []
    finally:
        LOADED.clear()


def test_a_ctrl_c_while_a_worker_starts_is_not_lost():
    """The parent blocks SIGINT in its own thread while a worker starts, and never ignores
    it: a Ctrl-C another thread of the process takes then (a BLAS library's) still reaches
    Python as KeyboardInterrupt."""
    import os
    import signal
    import threading

    from accord.workers import _start_ignoring_sigint

    go, sent = threading.Event(), threading.Event()

    def other_thread() -> None:  # (started before the block: SIGINT open here)
        go.wait(10)
        os.kill(os.getpid(), signal.SIGINT)  # the main thread blocks it: this one takes it
        sent.set()

    class Starting:
        def start(self) -> None:
            go.set()
            assert sent.wait(10)
            time.sleep(0.05)

    thread = threading.Thread(target=other_thread)
    thread.start()
    with pytest.raises(KeyboardInterrupt):
        _start_ignoring_sigint(Starting())
        time.sleep(0.5)  # (handled at the next bytecode, at the latest here)
    thread.join()
