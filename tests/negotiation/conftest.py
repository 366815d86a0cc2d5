"""Make ``neg_agents`` (plug-in agents for these tests) importable by module path, as a
user's own agent module would be."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = str(Path(__file__).resolve().parent)
if HERE not in sys.path:
    sys.path.insert(0, HERE)
