"""How sure a Monte Carlo frequency is: the Wilson score interval."""

from __future__ import annotations

import math

__all__ = ["wilson_interval"]

Z95 = 1.959963984540054
"""The standard normal quantile of 0.975: a 95% two-sided interval."""


def wilson_interval(successes: int, trials: int, z: float = Z95) -> tuple[float, float]:
    """Confidence interval of a probability from ``successes`` in ``trials`` (Wilson 1927).

    Unlike the normal approximation it stays inside [0, 1] and does not collapse to a
    point when no draw (or every draw) succeeds.

    References
    ----------
    E. B. Wilson, "Probable inference, the law of succession, and statistical inference",
    Journal of the American Statistical Association 22 (1927) 209-212.
    L. D. Brown, T. T. Cai, A. DasGupta, "Interval estimation for a binomial proportion",
    Statistical Science 16 (2001) 101-133 (why Wilson rather than Wald).

    Examples
    --------
    >>> lo, hi = wilson_interval(0, 10_000)
    >>> lo, round(hi, 6)
    (0.0, 0.000384)
    >>> [round(x, 4) for x in wilson_interval(50, 100)]
    [0.4038, 0.5962]
    """
    if trials <= 0:
        raise ValueError("an interval needs at least one trial")
    p = successes / trials
    z2 = z * z
    centre = (p + z2 / (2 * trials)) / (1 + z2 / trials)
    half = z / (1 + z2 / trials) * math.sqrt(p * (1 - p) / trials + z2 / (4 * trials**2))
    low = 0.0 if successes == 0 else max(0.0, centre - half)
    high = 1.0 if successes == trials else min(1.0, centre + half)
    return low, high
