"""Every file format: accord's YAML, GENIUS XML, KTAB CSV/XML, backtest tables and result
files (JSON, CSV, Parquet). Exports are imported on first use (:mod:`accord.lazy`): reading
a YAML scenario does not load the GENIUS reader."""

from typing import TYPE_CHECKING

from ..lazy import attach

__all__ = [
    "dump_scenario",
    "load_scenario",
    "read_genius",
    "read_scenario",
    "read_with_warnings",
    "write_genius",
    "write_scenario",
]

__getattr__, __dir__ = attach(__name__, __all__)

if TYPE_CHECKING:
    from .detect import read_scenario, read_with_warnings, write_scenario
    from .genius import read_genius, write_genius
    from .yaml import dump_scenario, load_scenario
