"""Every file format: accord's YAML, GENIUS XML, KTAB CSV/XML, backtest tables and result
files (JSON, CSV, Parquet)."""

from .detect import read_scenario, read_with_warnings, write_scenario
from .genius import read_genius, write_genius
from .yaml import dump_scenario, load_scenario

__all__ = [
    "dump_scenario",
    "load_scenario",
    "read_genius",
    "read_scenario",
    "read_with_warnings",
    "write_genius",
    "write_scenario",
]
