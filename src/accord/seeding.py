"""One way to turn a user's seed into random streams, so that every random choice in accord
is reproducible from a seed the user can set.

A seed is an ``int`` (or ``None`` for fresh entropy, not reproducible), a
``numpy.random.SeedSequence``, or an existing ``Generator`` (used as is).  Independent
streams are children of a ``SeedSequence`` (NumPy's recommended way to seed parallel work);
a stable child seed for a named piece of work (a tournament match) comes from the seed and
the work's keys, so it does not depend on the order in which the work runs.
"""

from __future__ import annotations

import zlib

import numpy as np

__all__ = ["Seed", "derive_seed", "generator", "spawn", "spawn_seeds"]

Seed = int | np.random.SeedSequence | np.random.Generator | None


def generator(seed: Seed) -> np.random.Generator:
    """The random stream for ``seed``; a ``Generator`` is returned unchanged."""
    return np.random.default_rng(seed)


def spawn_seeds(seed: int | np.random.SeedSequence | None, n: int) -> list[np.random.SeedSequence]:
    """``n`` independent child seeds of ``seed`` (picklable, for worker processes)."""
    parent = seed if isinstance(seed, np.random.SeedSequence) else np.random.SeedSequence(seed)
    return parent.spawn(n)


def spawn(seed: int | np.random.SeedSequence | None, n: int) -> list[np.random.Generator]:
    """``n`` independent random streams from ``seed``."""
    return [generator(child) for child in spawn_seeds(seed, n)]


def derive_seed(seed: int, *keys: str | int) -> int:
    """A 32-bit seed for the work named by ``keys`` (strings are hashed with CRC-32, which,
    unlike ``hash``, is the same in every process)."""
    entropy = [seed, *(zlib.crc32(k.encode("utf-8")) if isinstance(k, str) else k for k in keys)]
    return int(np.random.SeedSequence(entropy).generate_state(1)[0])
