"""The local web dashboard (``accord serve``): pick a scenario, move walk-away values and
weights and see the frontier, ZOPA and fair packages follow, simulate, forecast, edit.

The top layer beside the CLI: it imports the library and draws nothing itself; every number
comes from the library, computed in Python on the scenario's compiled problem.
"""

from .app import create_app
from .catalog import scenario_paths

__all__ = ["create_app", "scenario_paths"]
