"""Keeping agents from taking a negotiation (or the process) down.

Every call into an agent is timed; an agent that raises, returns something invalid or uses
more than its thinking-time budget ends its negotiation with a recorded error. In the main
thread of a POSIX process a periodic ``SIGALRM`` check also interrupts an agent stuck in a
loop; elsewhere (worker threads) the budget is checked when the call returns.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable

__all__ = ["AgentFailure", "Budget", "Overtime"]


class AgentFailure(Exception):
    """An agent broke the rules; the negotiation ends with this message."""

    def __init__(self, actor: int, message: str) -> None:
        self.actor = actor
        self.message = message
        super().__init__(message)


class Overtime(BaseException):
    """Raised from the watchdog signal handler inside a running agent call."""


class Budget:
    """Per-actor thinking time, with an optional watchdog for calls that never return."""

    def __init__(self, n_actors: int, limit: float | None) -> None:
        self.limit = limit
        self.spent = [0.0] * n_actors
        self._actor: int | None = None
        self._started = 0.0
        self._previous = None

    def __enter__(self) -> Budget:
        if self.limit and _can_alarm():
            period = min(max(self.limit / 4, 0.01), 1.0)
            self._previous = signal.signal(signal.SIGALRM, self._alarm)
            signal.setitimer(signal.ITIMER_REAL, period, period)
        return self

    def __exit__(self, *exc) -> None:
        if self._previous is not None:
            signal.setitimer(signal.ITIMER_REAL, 0, 0)
            signal.signal(signal.SIGALRM, self._previous)
            self._previous = None

    def _alarm(self, signum, frame) -> None:
        actor, limit = self._actor, self.limit
        if (
            actor is not None
            and limit is not None
            and self.spent[actor] + time.perf_counter() - self._started > limit
        ):
            raise Overtime

    def call(self, actor: int, fn: Callable, *args):
        """``fn(*args)``, charged to ``actor``; agent misbehaviour becomes AgentFailure."""
        self._actor = actor
        self._started = start = time.perf_counter()
        try:
            value = fn(*args)
        except Overtime:
            raise AgentFailure(actor, f"exceeded its time limit of {self.limit:g} s") from None
        except (Exception, SystemExit) as err:
            raise AgentFailure(actor, f"{type(err).__name__}: {err}") from err
        finally:
            self._actor = None
            self.spent[actor] += time.perf_counter() - start
        if self.limit is not None and self.spent[actor] > self.limit:
            raise AgentFailure(actor, f"exceeded its time limit of {self.limit:g} s")
        return value


def _can_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
