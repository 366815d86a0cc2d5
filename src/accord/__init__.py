"""accord: mediated, multi-issue, multi-party negotiation."""

__version__ = "0.1.0"
