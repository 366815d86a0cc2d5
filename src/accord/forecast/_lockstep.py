"""Which runs of a batched model advance together, and how the smaller ones are padded.

SMP steps many independent runs at once, so the numpy calls of a step are paid once for
the whole batch.  Runs of different sizes share a batch when they are close in size: the
smaller are padded with actors that do not exist, which the model masks out exactly (each
run's numbers are those of the run alone; tests compare bit for bit).  Padding makes every
array of the batch as large as its largest run, so runs far apart in size are better off
in batches of their own.  (EUM, whose steps are mostly arithmetic, got slower padded: on
the DEU development half 1.4 s against 1.2 s CPU, so it batches runs of one size only.)
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from accord.model.stakeholders import Stakeholders

#: Runs with at least this share of a larger run's actors are padded to its size and run
#: with it: fewer steps of numpy calls, each on slightly larger arrays.
PAD_SHARE = 0.8


def lockstep_groups(runs: Sequence[Stakeholders], share: float | None = None) -> list[list[int]]:
    """Indexes of the runs to advance together: same number of dimensions; from the
    largest run down, every run with at least ``share`` (default :data:`PAD_SHARE`) of
    its actors.

    Examples
    --------
    >>> s = [Stakeholders([f"a{i}" for i in range(n)], ["x"], [1] * n, [[0]] * n,
    ...                   [[1]] * n) for n in (10, 3, 9, 8, 7)]
    >>> lockstep_groups(s)
    [[0, 2, 3], [4], [1]]
    """
    share = PAD_SHARE if share is None else share
    by_dims: dict[int, list[int]] = {}
    for i, s in enumerate(runs):
        by_dims.setdefault(s.n_dimensions, []).append(i)
    groups = []
    for members in by_dims.values():
        members = sorted(members, key=lambda i: -runs[i].n_actors)
        while members:
            top = runs[members[0]].n_actors
            take = 1 + sum(runs[i].n_actors >= share * top for i in members[1:])
            groups.append(sorted(members[:take]))
            members = members[take:]
    return groups


def pad_actors(x: np.ndarray, n: int) -> np.ndarray:
    """``x`` with zeros appended along axis 0 (actors) up to ``n`` rows."""
    return np.pad(x, [(0, n - x.shape[0])] + [(0, 0)] * (x.ndim - 1))
