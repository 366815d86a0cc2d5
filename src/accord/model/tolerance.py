"""The one tolerance accord compares utilities with.

Utilities are sums of weight x value products computed in binary floating point, so a
package worth exactly a walk-away value on paper can come out a unit in the last place
below it: ``0.25 * 0.2 + 0.75 * 0.6`` is ``0.49999999999999994``, not 0.5. Compared
strictly, such a package would fall out of the ZOPA. accord therefore treats utilities
closer than :data:`UTILITY_TOLERANCE` as equal wherever it compares a utility with a
walk-away value (the ZOPA, the diagnosis, the bargaining solutions, acceptance and
ratification in simulated talks) and wherever it judges a tie.
"""

from __future__ import annotations

__all__ = ["UTILITY_TOLERANCE", "at_least"]

UTILITY_TOLERANCE = 1e-9
"""Utilities (on the 0-1 scale) closer than this are equal.

Rounding errors of float sums over a few hundred issues stay below 1e-13, far under it;
differences a model means to make (weights and values written with a few decimals) stay
far above it.
"""


def at_least(utility, value):
    """``utility >= value`` up to :data:`UTILITY_TOLERANCE`; elementwise on arrays.

    Examples
    --------
    >>> 0.25 * 0.2 + 0.75 * 0.6 >= 0.5
    False
    >>> at_least(0.25 * 0.2 + 0.75 * 0.6, 0.5)
    True
    >>> import numpy as np
    >>> at_least(np.array([0.4999, 0.5, 0.6]), 0.5).tolist()
    [False, True, True]
    """
    return utility >= value - UTILITY_TOLERANCE
