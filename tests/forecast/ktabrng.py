"""KTAB's pseudo-random numbers: C++ ``std::mt19937_64`` followed by KTAB's ``qTrans``."""

from __future__ import annotations

_MASK = (1 << 64) - 1


class Mt19937_64:
    """The 64-bit Mersenne Twister of the C++ standard library (Matsumoto & Nishimura)."""

    def __init__(self, seed: int) -> None:
        self.mt = [seed & _MASK]
        for i in range(1, 312):
            prev = self.mt[-1]
            self.mt.append((6364136223846793005 * (prev ^ (prev >> 62)) + i) & _MASK)
        self.index = 312

    def _twist(self) -> None:
        mt = self.mt
        for i in range(312):
            x = (mt[i] & 0xFFFFFFFF80000000) | (mt[(i + 1) % 312] & 0x7FFFFFFF)
            xa = x >> 1
            if x & 1:
                xa ^= 0xB5026F5AA96619E9
            mt[i] = mt[(i + 156) % 312] ^ xa
        self.index = 0

    def __call__(self) -> int:
        if self.index >= 312:
            self._twist()
        y = self.mt[self.index]
        self.index += 1
        y ^= (y >> 29) & 0x5555555555555555
        y ^= (y << 17) & 0x71D67FFFEDA60000
        y ^= (y << 37) & 0xFFF7EEE000000000
        y ^= y >> 43
        return y & _MASK


class KtabPrng:
    """``KBase::PRNG``: ``uniform()`` maps each Mersenne output through ``qTrans``."""

    def __init__(self, seed: int) -> None:
        self.mt = Mt19937_64(seed)

    def uniform(self) -> float:
        i = self.mt()
        q = ((i + 0xE08C1D668B756F83) * (2 * i + 3)) & _MASK
        return float(q) / float(_MASK)

    def prob_sel(self, p: list[float]) -> int:
        """``PRNG::probSel``: first index whose cumulative probability reaches a draw."""
        u = self.uniform()
        total = 0.0
        for i, pi in enumerate(p):
            total += pi
            if u <= total:
                return i
        return len(p) - 1
