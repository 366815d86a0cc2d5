"""Formats: accord's YAML, GENIUS XML, KTAB CSV/XML."""

from .detect import read_scenario

__all__ = ["read_scenario"]
