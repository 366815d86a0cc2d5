"""Negotiation protocols: stacked alternating offers and single-text mediation."""

from .mediated import SingleText
from .saop import SAOP

__all__ = ["SAOP", "SingleText"]
