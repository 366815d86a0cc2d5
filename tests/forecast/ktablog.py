"""Parse KTAB smpc run logs: position and probability histories, and each turn's choices."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np


@dataclass
class KtabLog:
    states: int
    actors: list[str]
    dimensions: list[str]
    history: np.ndarray  # (states, n, d) on 0-100, printed to 0.1
    win_probability: np.ndarray  # (states, n), printed to 1e-4
    # turn -> actor -> (initiator, receiver) of the chosen bargain
    choices: dict[int, dict[int, tuple[int, int]]] = field(default_factory=dict)
    # turn -> actor -> that actor's bargains in KTAB's (thread-dependent) order
    bargains: dict[int, dict[int, list[tuple[int, int]]]] = field(default_factory=dict)
    # (turn, actor) in the order KTAB resolved bargains, i.e. drew random numbers
    order: list[tuple[int, int]] = field(default_factory=list)


_BARGAIN = re.compile(r"\[(\d+), (\d+):(\d+)\]")


def parse_log(path: Path) -> KtabLog:
    lines = path.read_text().splitlines()
    states = None
    pos: dict[str, dict[str, list[float]]] = {}
    prob: dict[str, list[float]] = {}
    choices: dict[int, dict[int, tuple[int, int]]] = {}
    bargains: dict[int, dict[int, list[tuple[int, int]]]] = {}
    order: list[tuple[int, int]] = []
    section = None
    turn = -1
    lists: dict[int, list[tuple[int, int]]] = {}
    actor = -1
    for raw in lines:
        line = raw.strip()
        if m := re.match(r"Starting Model::run iteration (\d+)", line):
            turn = int(m.group(1)) - 1
            lists = bargains.setdefault(turn, {})
        elif m := re.match(r"Bargains involving actor\s+(\d+):", line):
            # KTAB's bargain ids can collide (threads), so keep each actor's list in order
            lists[int(m.group(1))] = [(int(i), int(j)) for _, i, j in _BARGAIN.findall(line)]
        elif m := re.match(r"Doing scalarPCE for the \d+ bargains of actor (\d+)", line):
            actor = int(m.group(1))
            order.append((turn, actor))
        elif m := re.match(r"Chosen bargain \( \w+ \): \d+ (\d+) out of", line):
            choices.setdefault(turn, {})[actor] = lists[actor][int(m.group(1)) - 1]
        elif m := re.match(r"There were (\d+) states", line):
            states = int(m.group(1))
        elif line.startswith("History of actor positions"):
            section = "pos"
        elif line.startswith("History of actors' winning"):
            section = "prob"
        elif section == "pos" and (m := re.match(r"(.+?), (.+?):\s+([-\d. ]+)$", line)):
            pos.setdefault(m.group(1), {})[m.group(2)] = [float(x) for x in m.group(3).split()]
        elif section == "prob" and (m := re.match(r"(.+?), prob :\s+([-\d. ]+)$", line)):
            prob[m.group(1)] = [float(x) for x in m.group(2).split()]
        elif section == "prob":
            section = None
    assert states is not None, "no state count in log"
    actors = list(pos)
    dims = list(pos[actors[0]])
    hist = np.array([[pos[a][k] for k in dims] for a in actors]).transpose(2, 0, 1)
    win = np.array([prob[a] for a in actors]).T
    return KtabLog(states, actors, dims, hist, win, choices, bargains, order)
