"""Small plug-in agents for the negotiation tests (also loaded by import path)."""

from __future__ import annotations

import os
import time

from accord.negotiation import Response
from accord.negotiation.agents.timebased import Boulware


class AlwaysAccept:
    """Accepts everything; offers its favourite outcome."""

    def on_start(self, info):
        self.info_ = info

    def propose(self, state):
        return self.info_.best

    def respond(self, state, offer):
        return Response.ACCEPT


class NeverAccept(AlwaysAccept):
    def respond(self, state, offer):
        return Response.REJECT


class Quitter(AlwaysAccept):
    def respond(self, state, offer):
        return Response.END


class Greedy:
    """A typed plug-in: accepts offers worth at least ``threshold``; booleans as answers."""

    def __init__(self, threshold: float = 0.5, label: str = "greedy"):
        self.threshold = threshold
        self.label = label

    def on_start(self, info):
        self.info_ = info

    def propose(self, state):
        return int(self.info_.best)

    def respond(self, state, offer):
        return bool(self.info_.utility[offer] >= self.threshold)


class Raiser(NeverAccept):
    def propose(self, state):
        raise RuntimeError("boom")


class BadOffer(NeverAccept):
    def propose(self, state):
        return "the moon"


class Sleeper(NeverAccept):
    def __init__(self, seconds: float = 0.5):
        self.seconds = seconds

    def propose(self, state):
        time.sleep(self.seconds)
        return self.info_.best


class Spinner(NeverAccept):
    def propose(self, state):
        while True:
            pass


class Recorder(AlwaysAccept):
    """Remembers what it was told, to check private information and events."""

    def on_start(self, info):
        self.info_ = info
        self.infos = [info]
        self.events = []

    def on_preferences(self, info):
        self.info_ = info
        self.infos.append(info)

    def on_event(self, state, event):
        self.events.append((state.round, dict(event)))

    def respond(self, state, offer):
        return Response.REJECT


class Dawdler(Boulware):
    """A Boulware agent that takes ``ACCORD_TEST_DELAY`` seconds (default 0) per offer:
    the same moves, slower, so that a test can interrupt a tournament of it midway."""

    def propose(self, state):
        time.sleep(float(os.environ.get("ACCORD_TEST_DELAY", "0")))
        return super().propose(state)
