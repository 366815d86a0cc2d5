"""The ANAC 2011 domains for the benchmarks: read from ../shared/data/genius/anac/y2011
when present, else synthetic domains with the same issue sizes (and the same names, marked
"synthetic")."""

from __future__ import annotations

from pathlib import Path

from accord.model.generate import random_scenario

ROOT = Path(__file__).resolve().parents[1]
Y2011 = ROOT.parent / "shared" / "data" / "genius" / "anac" / "y2011"
SIZES = {
    "Amsterdam": (4, 3, 7, 3, 3, 4),
    "Camera": (5, 4, 3, 3, 5, 4),
    "Car": (5,) * 6,
    "Energy": (5,) * 8,
    "Grocery": (4, 5, 4, 4, 5),
    "IS_BT_Acquisition": (4, 3, 4, 4, 2),
    "Laptop": (3, 3, 3),
    "NiceOrDie": (3,),
}


def domains() -> list:
    """The eight domains, as scenarios."""
    if Y2011.is_dir():
        from accord.io.genius import read_genius

        return [read_genius(Y2011 / name) for name in SIZES]
    return [
        random_scenario(sizes, seed=len(name), name=f"{name} (synthetic)")
        for name, sizes in SIZES.items()
    ]
