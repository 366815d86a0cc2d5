"""JSON documents of results: one convention for every command's ``--json``.

Every result type has ``to_dict()``, plain data; :func:`document` adds what only report/
words (the diagnosis sentences of an analysis) and any extra keys, and :func:`to_json`
serialises it strictly (NaN and infinities as null) through :mod:`accord.io.results`.
"""

from __future__ import annotations

import sys
from typing import Any

from ..io.results import json_safe, json_text
from .diagnosis_text import diagnosis_lines

__all__ = ["document", "to_json"]


def document(result: Any, **extra: Any) -> dict[str, Any]:
    """``result.to_dict()`` (or ``result`` itself, a dict) with ``extra`` keys appended;
    values with ``to_dict()`` inside become their dicts."""
    doc = result.to_dict() if hasattr(result, "to_dict") else dict(result)
    # an Analysis exists only once its module is loaded: other results do not load it
    analysis = sys.modules.get("accord.analysis.analyze")
    if analysis is not None and isinstance(result, analysis.Analysis):
        doc["diagnosis"]["summary"] = list(diagnosis_lines(result))
    return json_safe({**doc, **extra})


def to_json(
    result: Any, indent: int | None = None, ensure_ascii: bool = True, **extra: Any
) -> str:
    """The JSON text of :func:`document` (see :func:`accord.io.results.json_text`)."""
    return json_text(document(result, **extra), indent, ensure_ascii)
